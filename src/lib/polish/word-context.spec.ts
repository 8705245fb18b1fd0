import { describe, expect, it } from 'vitest';
import { morphologyInfo } from './morphology';
import { findWord, readingsInSentence, sentenceWords } from './word-context';

const polimorf = morphologyInfo().source === 'polimorf';

describe('word in its sentence', () => {
	it('finds the occurrence nearest the tapped place', () => {
		const words = sentenceWords('Kot widzi kota, a kot śpi.');
		expect(words.map((w) => w.text)).toEqual(['Kot', 'widzi', 'kota', 'a', 'kot', 'śpi']);
		expect(findWord(words, 'kot')).toBe(0);
		expect(findWord(words, 'kot', 18)).toBe(4);
		expect(findWord(words, 'pies')).toBe(-1);
	});

	it.skipIf(!polimorf)('keeps the cases the preposition before it governs', () => {
		const words = sentenceWords('Mieszka w Warszawie.');
		const tags = readingsInSentence(words, 2).flatMap((a) => a.tags);
		expect(tags.every((t) => t.includes(':loc'))).toBe(true);
	});

	it.skipIf(!polimorf)('reads a word next to "się" as a verb', () => {
		const words = sentenceWords('Rada zebrała się wczoraj.');
		expect(readingsInSentence(words, 1).map((a) => a.lemma)).toEqual(['zebrać']);
	});
});
