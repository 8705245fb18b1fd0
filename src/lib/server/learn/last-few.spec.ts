import { describe, expect, it } from 'vitest';
import { lastFew } from './last-few';

describe('lastFew', () => {
	it('computes a key once while it is among the last few used, and forgets the least recently used', () => {
		const made: string[] = [];
		const upper = lastFew(2, (s: string) => {
			made.push(s);
			return s.toUpperCase();
		});
		expect([upper('a'), upper('b'), upper('a'), upper('c'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'C', 'A', 'B']);
		expect(made).toEqual(['a', 'b', 'c', 'b']);
	});
});
