// Difficulty estimate for Polish prose: Gunning's FOG index in its Polish form (hard word = 4+ syllables,
// as used by Pisarek and Jasnopis) plus Pisarek's non-linear index, mapped to a rough CEFR band for
// learners. docs/readability.md explains the formula, the thresholds and their limits.
import type { Level } from '../domain/levels';
import { splitSentences, splitWords } from './segment';

export interface Readability {
	sentences: number;
	words: number;
	/** Words of four or more syllables. */
	longWords: number;
	/** Mean words per sentence. */
	sentenceLength: number;
	/** Share of long words, in percent. */
	longWordPercent: number;
	/** FOG-PL = 0.4 × (sentenceLength + longWordPercent). */
	fog: number;
	/** Pisarek (2007): ½ × √(sentenceLength² + longWordPercent²). */
	pisarek: number;
	band: Level;
}

const VOWEL = /[aąeęioóuy]/;

/**
 * Syllables by vowel groups: every vowel letter is a syllable nucleus, except "i" before another vowel,
 * which only marks softness ("nie", "siedem", "pasja"). Loan diphthongs ("au", "eu") count as two,
 * which slightly overcounts words like "Europa"; digits and symbols have no syllables.
 */
export function countSyllables(word: string): number {
	const w = word.toLocaleLowerCase('pl');
	let n = 0;
	for (let i = 0; i < w.length; i++) {
		if (!VOWEL.test(w[i])) continue;
		if (w[i] === 'i' && i + 1 < w.length && VOWEL.test(w[i + 1])) continue;
		n++;
	}
	return n;
}

// Upper bounds of FOG-PL for each band; docs/readability.md gives the reasoning.
const BANDS: [number, Level][] = [
	[7, 'A2'],
	[10, 'B1'],
	[13, 'B2']
];

export function cefrBand(fog: number): Level {
	for (const [limit, band] of BANDS) if (fog < limit) return band;
	return 'C1';
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function readability(text: string): Readability {
	const sentences = splitSentences(text).filter((s) => /\p{L}/u.test(s.text)).length;
	const words = splitWords(text)
		.map((w) => w.text)
		.filter((w) => /\p{L}|\p{N}/u.test(w));
	const longWords = words.filter((w) => countSyllables(w) >= 4).length;
	const sentenceLength = sentences ? words.length / sentences : 0;
	const longWordPercent = words.length ? (100 * longWords) / words.length : 0;
	const fog = 0.4 * (sentenceLength + longWordPercent);
	return {
		sentences,
		words: words.length,
		longWords,
		sentenceLength: round1(sentenceLength),
		longWordPercent: round1(longWordPercent),
		fog: round1(fog),
		pisarek: round1(Math.sqrt(sentenceLength ** 2 + longWordPercent ** 2) / 2),
		band: cefrBand(fog)
	};
}
