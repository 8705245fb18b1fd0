import { describe, expect, it } from 'vitest';
import { withFastLetters } from './fast-letters';

describe('withFastLetters', () => {
	const word = withFastLetters(/(?<!\p{L})też(?!\p{L})/iu);
	it('keeps word boundaries at Polish and foreign letters', () => {
		expect(word.test('Jest też grad.')).toBe(true);
		expect(word.test('Jest „też” grad.')).toBe(true);
		expect(word.test('żteż')).toBe(false);
		expect(word.test('éteż')).toBe(false);
		expect(word.test('Мteż')).toBe(false);
	});
	it('rewrites a letter inside a class and keeps the flags', () => {
		const re = withFastLetters(/[\p{L}\d-]+/gu);
		expect(re.flags).toBe('gu');
		expect('Łódź-2 Kraków'.match(re)).toEqual(['Łódź-2', 'Kraków']);
	});
	it('rewrites letters and numbers named in one class', () => {
		const year = withFastLetters(/(?<![\p{L}\p{N}])\d{4}(?![\p{L}\p{N}])/u);
		expect(year.exec('w 2002 roku')?.[0]).toBe('2002');
		expect(year.test('kod ab2002 i 20021')).toBe(false);
		expect(year.test('½2002')).toBe(false);
	});
	it('leaves \\p{Lu} and \\p{Ll} alone', () => {
		expect(withFastLetters(/\p{Lu}\p{Ll}+/u).source).toBe('\\p{Lu}\\p{Ll}+');
	});
});
