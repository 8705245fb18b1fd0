import { describe, expect, it } from 'vitest';
import { safeNext } from './next';

describe('safeNext', () => {
	it('keeps a path inside the user’s own area', () => {
		expect(safeNext('/learn/abc', 'learner')).toBe('/learn/abc');
		expect(safeNext('/teach/classes', 'teacher')).toBe('/teach/classes');
	});
	it('never leaves the site or enters the other role’s area', () => {
		expect(safeNext('//evil.example/x', 'learner')).toBe('/learn');
		expect(safeNext('https://evil.example', 'learner')).toBe('/learn');
		expect(safeNext('/\\evil.example', 'teacher')).toBe('/teach');
		expect(safeNext('/teach', 'learner')).toBe('/learn');
		expect(safeNext(null, 'teacher')).toBe('/teach');
	});
});
