import { describe, expect, it } from 'vitest';
import { isPersonalNoun, toMasculineSg, toThirdSg, wordInfo } from './grammar';

describe('grammar helpers for question templates', () => {
	it('chooses Ilu only for masculine-personal counted nouns', () => {
		expect(isPersonalNoun('żołnierzy')).toBe(true);
		expect(isPersonalNoun('posłów')).toBe(true);
		expect(isPersonalNoun('osób')).toBe(false);
		expect(isPersonalNoun('kilometrów')).toBe(false);
		expect(isPersonalNoun('dzieci')).toBe(false);
		// "metrów" is also the plural of "metr" (maître, m1): the measure reading must win.
		expect(isPersonalNoun('metrów')).toBe(false);
		expect(isPersonalNoun('mieszkańców')).toBe(true);
	});

	it('turns a plural verb into the singular that "Ile/Ilu" needs', () => {
		expect(toThirdSg('pozostają')).toBe('pozostaje');
		expect(toThirdSg('głosowali')).toBe('głosowało');
		expect(toThirdSg('wzrosły')).toBe('wzrosło');
		expect(toThirdSg('pracują')).toBe('pracuje');
		expect(toThirdSg('są')).toBe('jest');
	});

	it('gives "Kto" a masculine singular verb', () => {
		expect(toMasculineSg('poinformowała')).toBe('poinformował');
		expect(toMasculineSg('podkreślili')).toBe('podkreślił');
		expect(toMasculineSg('powiedzieli')).toBe('powiedział');
		expect(toMasculineSg('dodał')).toBe('dodał');
	});

	it('reads a capitalised noun/verb homograph as the noun', () => {
		expect(wordInfo('Jesienią').verb).toBeNull();
		expect(wordInfo('poleci').verb).toBe('fin');
		expect(wordInfo('powstała').verb).toBe('praet');
	});
});
