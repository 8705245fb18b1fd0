// Word help: one lookup as the reading page asks it (a word with its sentence), over the running words of
// the seed article, so that both memoised and first-seen words count.
import { existsSync, readFileSync } from 'node:fs';
import { lookupWord } from '../../src/lib/server/words/lookup';
import { morphologyInfo } from '../../src/lib/polish/morphology';
import type { Benchmark } from './harness';

export function benchmarks(): Benchmark[] {
	const text = readFileSync('src/lib/server/seed/seed-article.txt', 'utf8');
	const cases = text
		.split(/(?<=[.!?])\s+/)
		.flatMap((sentence) => [...sentence.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], sentence, at: m.index })));
	const missing =
		!existsSync('data/freedict/pol-eng.dict') || morphologyInfo().source !== 'polimorf'
			? 'needs PoliMorf and FreeDict (npm install)'
			: undefined;
	let k = 0;
	return [
		{
			name: 'words.lookup_in_sentence',
			report: 'time',
			fn: () => {
				const c = cases[k++ % cases.length];
				return lookupWord(c.word, { sentence: c.sentence, at: c.at });
			},
			iterations: cases.length,
			runs: 3,
			skip: missing,
			note: `${cases.length} running words of the seed with their sentences`
		}
	];
}
