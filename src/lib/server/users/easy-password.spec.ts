import { describe, expect, it } from 'vitest';
import { cryptoInt, easyPassword } from './easy-password';
import { passwordProblem } from './validate';

describe('easy passwords', () => {
	it('are word-word-number in plain ASCII and pass the password rules', () => {
		for (let i = 0; i < 200; i++) {
			const p = easyPassword();
			expect(p).toMatch(/^[a-z]+-[a-z]+-[1-9][0-9]$/);
			expect(passwordProblem(p)).toBeNull();
		}
	});

	it('differ from one another', () => {
		const seen = new Set(Array.from({ length: 200 }, () => easyPassword()));
		expect(seen.size).toBeGreaterThan(190);
	});

	it('use the whole range of the random source', () => {
		expect(easyPassword(() => 0)).toBe('lato-kot-10');
		expect(easyPassword((max) => max - 1)).toBe('herbata-kangur-99');
		const values = new Set(Array.from({ length: 500 }, () => cryptoInt(5)));
		expect([...values].sort()).toEqual([0, 1, 2, 3, 4]);
	});
});
