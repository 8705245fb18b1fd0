// Engine benchmarks: answer checking, PoliMorf loading and lookups, question generation.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAnswer } from '../../src/lib/questions/check';
import type { ExpectedAnswer, Question } from '../../src/lib/questions/types';
import * as morphology from '../../src/lib/polish/morphology';
import type { Benchmark } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED_PATHS = ['src/lib/server/seed/seed-article.txt', '/work/shared/seed-article.txt'];
const CORPUS_DIR = 'src/lib/questions/corpus';

function readSeed(): string {
	for (const p of SEED_PATHS) {
		try {
			return readFileSync(p.startsWith('/') ? p : join(root, p), 'utf8');
		} catch {
			/* try the next place */
		}
	}
	throw new Error('seed article not found');
}

/** A long article of varied Polish news prose: the question corpus texts, repeated until ~5,000 words. */
export function longArticle(seed: string, words = 5000): string {
	let texts: string[] = [];
	try {
		const dir = join(root, CORPUS_DIR);
		texts = readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => readFileSync(join(dir, f), 'utf8'));
	} catch {
		/* corpus absent: the seed alone */
	}
	const parts = [seed, ...texts];
	const out: string[] = [];
	let count = 0;
	for (let i = 0; count < words; i++) {
		const t = parts[i % parts.length].trim();
		out.push(t);
		count += t.split(/\s+/).length;
	}
	return out.join('\n\n');
}

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** A mix like real learners' answers: right, wrong, other spellings, typos, options. */
const CHECKS: [string | ExpectedAnswer, string][] = [
	['122 tysiące', '122000'],
	['122 tysiące', 'sto dwadzieścia dwa tysiące'],
	['122 tysiące', '121 tysięcy'],
	['122 tysiące', '122 tysiace'],
	['4,9 proc.', '4.9%'],
	['200 km', '200 kilometrów'],
	['200 km', '300 km'],
	['12 stycznia', '12.01'],
	['12 stycznia', '13 stycznia'],
	['w 2002 roku', '2002'],
	['w latach 2016–2019', 'od 2016 do 2019'],
	['jesienią 2021 roku', 'jesień 2021'],
	['gwarancji bezpieczeństwa', 'gwarancje bezpieczeństwa'],
	['w Warszawie', 'Warszawa'],
	['Jens Stoltenberg', 'Stoltenberga'],
	['Jens Stoltenberg', 'Stoltenbreg'],
	['Moskwa', 'Kijów'],
	['sekretarz generalny NATO', 'sekretarz NATO'],
	[{ answer: '2002', type: 'choice', options: ['2021', '2016', '1999', '2002'] }, 'd'],
	[{ answer: 'Prawda', type: 'truefalse', options: ['Prawda', 'Fałsz'] }, 'nie'],
	[{ answer: 'a\nb\nc', type: 'order', options: ['b', 'c', 'a'] }, '3,1,2'],
	['x', '']
];

type Generate = (text: string) => Question[];

async function loadGenerator(): Promise<Generate | null> {
	try {
		const mod = (await import('../../src/lib/questions/generate')) as { generateQuestions?: Generate };
		return mod.generateQuestions ?? null;
	} catch {
		return null;
	}
}

export async function benchmarks(): Promise<Benchmark[]> {
	const seed = readSeed();
	const long = longArticle(seed);
	const distinctWords = [...new Set(long.match(/\p{L}+/gu) ?? [])];
	const textWords = long.match(/\p{L}+/gu) ?? [];
	let k = 0;
	const list: Benchmark[] = [
		{
			name: 'check.answers',
			report: 'rate',
			fn: () => checkAnswer(...CHECKS[k++ % CHECKS.length]),
			setup: () => CHECKS.forEach(([e, g]) => checkAnswer(e, g)),
			durationMs: 1000,
			runs: 5,
			note: `mix of ${CHECKS.length} cases`
		}
	];
	const dictionary = morphology.loadMorphology?.();
	const noDict = !dictionary
		? 'TODO: morphology exports no loadMorphology()'
		: dictionary.source !== 'polimorf'
			? `no PoliMorf dictionary (${dictionary.reason ?? 'fallback'})`
			: undefined;
	list.push(
		{
			name: 'morphology.load',
			report: 'time',
			fn: () => morphology.loadMorphology(),
			iterations: 3,
			runs: 3,
			warmup: 0,
			skip: noDict,
			note: 'fresh load of data/polimorf/pl.dict'
		},
		{
			name: 'morphology.lookups_cold',
			report: 'rate',
			beforeRun: () => morphology.loadMorphology(),
			fn: () => distinctWords.forEach((w) => morphology.lemmas(w)),
			iterations: 1,
			opsPerCall: distinctWords.length,
			runs: 5,
			warmup: 0,
			skip: noDict,
			note: `${distinctWords.length} distinct words, empty memo`
		},
		{
			name: 'morphology.lookups_text',
			report: 'rate',
			fn: () => textWords.forEach((w) => morphology.lemmas(w)),
			iterations: 1,
			opsPerCall: textWords.length,
			runs: 5,
			skip: noDict,
			note: `${textWords.length} running-text words, memo warm`
		}
	);
	const generate = await loadGenerator();
	const noGen = generate ? undefined : 'src/lib/questions/generate.ts (generateQuestions) not available';
	list.push(
		{
			name: 'generate.seed',
			report: 'time',
			fn: () => generate!(seed),
			iterations: 10,
			runs: 3,
			skip: noGen,
			note: `${wordCount(seed)} words`
		},
		{
			name: 'generate.5000_words',
			report: 'time',
			fn: () => generate!(long),
			iterations: 3,
			runs: 3,
			skip: noGen,
			note: `${wordCount(long)} words`
		}
	);
	return list;
}
