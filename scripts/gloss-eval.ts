// Evaluation of word help: for running words of our own texts (the seed and five corpus texts),
// the first meaning the panel shows, with the word's sentence, as TSV for a rater who checks
// whether it fits the sentence.   npx tsx scripts/gloss-eval.ts [--words 200] > out.tsv
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lookupWord } from '../src/lib/server/words/lookup';

const { values } = parseArgs({ options: { words: { type: 'string' }, texts: { type: 'string' } } });
const want = Number(values.words ?? 200);
const TEXTS = values.texts?.split(',') ?? [
	'seed-article',
	'gospodarka-inflacja',
	'historia-powstanie',
	'nauka-kosmos',
	'sport-siatkowka',
	'zdrowie-szczepienia'
];
const perText = Math.ceil(want / TEXTS.length);
const rows: string[] = ['text\tword\tsentence\tlemma\tfirst meaning\tother meanings'];
for (const name of TEXTS) {
	const text = readFileSync(`src/lib/questions/corpus/${name}.txt`, 'utf8');
	const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => /\p{L}{3}/u.test(s) && s.length < 400);
	let n = 0;
	// Every word of the first sentences, in order, as a reader meets them; words without a meaning count too.
	for (const sentence of sentences) {
		for (const m of sentence.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
			if (n >= perText) break;
			const info = lookupWord(m[0], { sentence, at: m.index });
			const entry = info?.entries[0];
			const first = info?.expressions[0]?.senses[0]?.english
				? `${info.expressions[0].phrase}: ${info.expressions[0].senses[0].english}`
				: (entry?.senses[0]?.english ?? '');
			const others =
				entry?.senses
					.slice(1)
					.map((s) => s.english)
					.join(' | ') ?? '';
			rows.push([name, m[0], sentence.replace(/\s+/g, ' '), entry?.lemma ?? '', first, others].join('\t'));
			n++;
		}
	}
}
process.stdout.write(rows.join('\n') + '\n');
