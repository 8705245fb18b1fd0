import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { morphologyInfo } from '$lib/polish/morphology';
import { lookupWord } from './lookup';

const haveData = existsSync('data/freedict/pol-eng.dict') && morphologyInfo().source === 'polimorf';

describe('lookupWord', () => {
	it('refuses things that are not words', () => {
		expect(lookupWord('')).toBeNull();
		expect(lookupWord('<b>x</b>')).toBeNull();
		expect(lookupWord('dwa słowa')).toBeNull();
		expect(lookupWord('«Rada»')?.word).toBe('Rada');
		expect(lookupWord('122')).toBeNull();
		// Refused by length before the punctuation trim, which is quadratic on long runs (speed: npm run bench).
		expect(lookupWord(`a${'1'.repeat(16_000)}a`)).toBeNull();
	});

	it.skipIf(!haveData)('gives the base form, grammar and meaning of an inflected word', () => {
		const info = lookupWord('żołnierzy,')!;
		expect(info.word).toBe('żołnierzy');
		expect(info.entries[0].lemma).toBe('żołnierz');
		expect(info.entries[0].forms).toContain('rzeczownik, dopełniacz, liczba mnoga');
		expect(info.entries[0].senses[0].english).toBe('soldier');
		expect(lookupWord('granicy')!.entries[0].senses.map((s) => s.english)).toContain('border, frontier, boundary');
	});

	it.skipIf(!haveData)('puts the everyday sense first and cleans the glosses', () => {
		expect(lookupWord('kota')!.entries[0].senses[0].english).toBe('cat');
		expect(lookupWord('pracy')!.entries[0].senses[0].english).toMatch(/^work/);
		const mission = lookupWord('misja')!.entries[0].senses.map((s) => s.english);
		expect(mission[0]).toBe('mission');
		expect(mission.join(' ')).not.toMatch(/\d\./);
	});

	it.skipIf(!haveData)('names the case its sentence leaves, with its English name and use', () => {
		const alone = lookupWord('Warszawie')!;
		expect(alone.entries[0].grammar).toBeUndefined();
		const info = lookupWord('Warszawie', { sentence: 'Od stycznia pracuje w Warszawie.' })!;
		expect(info.sentence).toBe('Od stycznia pracuje w Warszawie.');
		expect(info.entries).toHaveLength(1);
		expect(info.entries[0].forms).toEqual(['rzeczownik, miejscownik, liczba pojedyncza']);
		expect(info.entries[0].grammar).toMatchObject({ polish: 'miejscownik', english: 'locative' });
	});

	it.skipIf(!haveData)('finds the expression the word forms with its neighbour', () => {
		const info = lookupWord('udział', { sentence: 'Nasza szkoła bierze udział w konkursie.' })!;
		expect(info.expressions[0].phrase).toBe('brać udział');
		expect(info.expressions[0].senses.map((s) => s.english).join(', ')).toContain('take part');
		expect(lookupWord('udział')!.expressions).toEqual([]);
	});

	it.skipIf(!haveData)('gives a preposition the meaning its case has in the sentence, and small words their everyday sense', () => {
		const first = (word: string, sentence: string) => lookupWord(word, { sentence })!.entries[0].senses[0].english;
		expect(first('w', 'Mieszka w Polsce.')).toBe('in');
		expect(first('z', 'Rozmawiał z ministrem.')).toBe('with');
		expect(first('z', 'Wrócił z Gdańska.')).toMatch(/^from/);
		expect(first('o', 'Ceny wzrosły o 14 proc.')).toMatch(/^by/);
		expect(first('że', 'Powiedział, że przyjdzie.')).toMatch(/^that/);
		expect(first('zł', 'Bilet kosztuje 5 zł.')).toMatch(/zloty/);
		expect(first('ma', 'Most ma zostać otwarty w maju.')).toMatch(/^is to/);
		expect(first('ma', 'Ala ma kota.')).toBe('have');
	});

	it.skipIf(!haveData)('reads a capitalised noun mid-sentence as a name, and a noun over an adjective with no noun to agree with', () => {
		const first = (word: string, sentence: string) => lookupWord(word, { sentence })!.entries[0];
		expect(first('Odrze', 'Most na Odrze otwarto wczoraj.').senses[0].english).toBe('Oder');
		expect(first('Polska', 'Polska zdobyła medal.').senses[0].english).toBe('Poland');
		expect(first('danych', 'Firma buduje centrum danych pod Warszawą.').senses[0].english).toMatch(/^data/);
	});

	it('ignores a sentence that does not hold the word, or is too long to be one', () => {
		expect(lookupWord('kota', { sentence: 'Pies szczeka.' })?.sentence).toBeUndefined();
		expect(lookupWord('kota', { sentence: `Ala ma kota ${'i psa '.repeat(100)}.` })?.sentence).toBeUndefined();
	});
});
