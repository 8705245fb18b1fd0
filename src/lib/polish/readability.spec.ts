import { describe, expect, it } from 'vitest';
import { cefrBand, countSyllables, readability } from './readability';

describe('countSyllables', () => {
	it('counts vowel groups, with "i" before a vowel only softening', () => {
		expect(countSyllables('kot')).toBe(1);
		expect(countSyllables('nie')).toBe(1);
		expect(countSyllables('się')).toBe(1);
		expect(countSyllables('siedem')).toBe(2);
		expect(countSyllables('województwo')).toBe(4);
		expect(countSyllables('Społeczeństwo')).toBe(4);
		expect(countSyllables('2022')).toBe(0);
	});
});

describe('readability', () => {
	const easy = 'Ala ma kota. Kot jest mały. Mama robi obiad. Jutro idę do szkoły.';
	const hard =
		'Przedstawiciele administracji samorządowej województwa kujawsko-pomorskiego poinformowali, że realizacja ' +
		'inwestycji infrastrukturalnej finansowanej ze środków europejskich zostanie przedłużona ze względu na ' +
		'nieprzewidziane komplikacje geologiczne oraz konieczność przeprowadzenia dodatkowych ekspertyz środowiskowych.';

	it('measures sentence length and the share of long words', () => {
		const r = readability(easy);
		expect(r.sentences).toBe(4);
		expect(r.words).toBe(13);
		expect(r.longWords).toBe(0);
		expect(r.sentenceLength).toBe(3.3);
	});

	it('rates short plain sentences easier than long official ones', () => {
		const a = readability(easy);
		const b = readability(hard);
		expect(a.band).toBe('A2');
		expect(b.band).toBe('C1');
		expect(b.fog).toBeGreaterThan(a.fog);
		expect(b.pisarek).toBeGreaterThan(a.pisarek);
	});

	it('gives an empty text no sentences and the easiest band', () => {
		expect(readability('')).toMatchObject({ sentences: 0, words: 0, fog: 0, band: 'A2' });
	});

	it('maps FOG to bands at the documented limits', () => {
		expect([6.9, 7, 9.9, 10, 12.9, 13].map(cefrBand)).toEqual(['A2', 'B1', 'B1', 'B2', 'B2', 'C1']);
	});
});
