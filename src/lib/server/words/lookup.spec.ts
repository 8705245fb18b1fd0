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
});
