import { describe, expect, it } from 'vitest';
import { parseRange, rangeQuery } from './range';

describe('parseRange', () => {
	it('turns Warsaw days into an inclusive instant range', () => {
		const r = parseRange(new URLSearchParams('od=2024-03-01&do=2024-03-31'));
		expect(new Date(r.fromMs).toISOString()).toBe('2024-02-29T23:00:00.000Z');
		expect(new Date(r.toMs).toISOString()).toBe('2024-03-31T22:00:00.000Z'); // 1 April, summer time
		expect(r.problem).toBeNull();
		expect(rangeQuery(r)).toBe('?od=2024-03-01&do=2024-03-31');
	});
	it('ignores impossible dates and reversed ranges with a message', () => {
		const bad = parseRange(new URLSearchParams('od=2024-02-31'));
		expect(bad.from).toBeNull();
		expect(bad.problem).toMatch(/Nieprawidłowa data/);
		const reversed = parseRange(new URLSearchParams('od=2024-05-01&do=2024-04-01'));
		expect([reversed.from, reversed.to, reversed.fromMs]).toEqual([null, null, 0]);
		expect(reversed.problem).toMatch(/późniejsza/);
	});
	it('means everything when empty', () => {
		const r = parseRange(new URLSearchParams(''));
		expect(r.fromMs).toBe(0);
		expect(r.toMs).toBeGreaterThan(Date.now());
		expect(rangeQuery(r)).toBe('');
	});
	it("ignores years outside the app's data with a message instead of failing", () => {
		for (const query of ['od=0000-01-01', 'od=0050-06-01', 'do=9999-12-31', 'od=1969-12-31']) {
			const r = parseRange(new URLSearchParams(query));
			expect([r.from, r.to, r.fromMs]).toEqual([null, null, 0]);
			expect(Number.isFinite(r.toMs)).toBe(true);
			expect(r.problem).toMatch(/Nieprawidłowa data/);
		}
		expect(parseRange(new URLSearchParams('od=1970-01-02&do=9998-12-31')).problem).toBeNull();
	});
});
