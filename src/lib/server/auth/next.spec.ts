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
	it('gives a path a Location header can carry, whatever was typed into ?next', () => {
		expect(safeNext('/teach/klasa-ą?x=ł', 'teacher')).toBe('/teach/klasa-%C4%85?x=%C5%82');
		expect(safeNext('/teach\r\nX-Evil: 1', 'teacher')).toBe('/teach');
		expect(safeNext('/teach/a\r\nSet-Cookie: x', 'teacher')).toBe('/teach/aSet-Cookie:%20x');
		expect(safeNext('/teach/../learn', 'teacher')).toBe('/teach');
		expect(safeNext('/teachers', 'teacher')).toBe('/teach');
		expect(safeNext('/learn?/answer', 'learner')).toBe('/learn?/answer');
	});
});
