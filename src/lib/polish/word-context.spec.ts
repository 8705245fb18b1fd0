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

	const lemmaOf = (sentence: string, word: string) => {
		const words = sentenceWords(sentence);
		return [...new Set(readingsInSentence(words, findWord(words, word)).map((a) => a.lemma))];
	};

	it.skipIf(!polimorf)('reads capitalised prepositions, abbreviations and years after a number', () => {
		expect(lemmaOf('W sierpniu padało.', 'W')).toEqual(['w']);
		expect(lemmaOf('Od czerwca szkoła jest zamknięta.', 'Od')).toEqual(['od']);
		expect(lemmaOf('Ceny wzrosły o 5 proc. w rok.', 'proc')).toEqual(['procent']);
		expect(lemmaOf('Program obejmuje dzieci w wieku 9–14 lat.', 'lat')).toEqual(['rok']);
		expect(lemmaOf('Spędziliśmy tam dwa lata.', 'lata')).toContain('rok');
	});

	it.skipIf(!polimorf)('tells a verb from the adjective or particle spelled the same', () => {
		expect(lemmaOf('Rada nie może narzucać nam zasad.', 'może')).toEqual(['móc']);
		expect(lemmaOf('Najbardziej podrożała benzyna.', 'podrożała')).toEqual(['podrożeć']);
		expect(lemmaOf('Inflacja wyniosła pięć procent.', 'wyniosła')).toEqual(['wynieść']);
		expect(lemmaOf('To sprawa drugiej kategorii.', 'drugiej')).toEqual(['drugi']);
	});
});
