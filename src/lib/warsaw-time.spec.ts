import { describe, expect, it } from 'vitest';
import {
	addDays,
	dayEnd,
	dayKey,
	daysBetween,
	dayStart,
	dueInstant,
	formatDate,
	numericDate,
	parseDay,
	shortDay,
	weekStart
} from './warsaw-time';

const iso = (ms: number | Date) => new Date(ms).toISOString();
const at = Date.parse;

describe('dayKey', () => {
	it('puts an instant on the Warsaw day, not the UTC one', () => {
		expect(dayKey(at('2024-01-10T22:59:59Z'))).toBe('2024-01-10');
		expect(dayKey(at('2024-01-10T23:00:00Z'))).toBe('2024-01-11'); // winter: midnight is 23:00 UTC
		expect(dayKey(at('2024-07-10T21:59:59Z'))).toBe('2024-07-10');
		expect(dayKey(new Date('2024-07-10T22:00:00Z'))).toBe('2024-07-11'); // summer: 22:00 UTC
		expect(dayKey(at('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
	});
	it('follows the clock change on the DST days themselves', () => {
		expect(dayKey(at('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
		expect(dayKey(at('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
		expect(dayKey(at('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
		expect(dayKey(at('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
		expect(dayKey(at('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
		expect(dayKey(at('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
	});
});

describe('day bounds', () => {
	it('finds midnight in winter and summer', () => {
		expect(iso(dayStart('2024-01-11'))).toBe('2024-01-10T23:00:00.000Z');
		expect(iso(dayStart('2024-07-11'))).toBe('2024-07-10T22:00:00.000Z');
		expect(iso(dayEnd('2024-03-31'))).toBe('2024-03-31T22:00:00.000Z');
	});
	it('makes the spring DST day 23 hours long and the autumn one 25', () => {
		expect(iso(dayStart('2026-03-29'))).toBe('2026-03-28T23:00:00.000Z');
		expect(iso(dayEnd('2026-03-29'))).toBe('2026-03-29T22:00:00.000Z');
		expect(iso(dayStart('2026-10-25'))).toBe('2026-10-24T22:00:00.000Z');
		expect(iso(dayEnd('2026-10-25'))).toBe('2026-10-25T23:00:00.000Z');
		expect(dayEnd('2026-03-29')).toBe(dayStart('2026-03-30'));
	});
	it('handles years the Date constructor would misread', () => {
		expect(dayKey(dayStart('0050-06-01'))).toBe('0050-06-01');
		expect(dayKey(dayEnd('9999-12-31') - 1)).toBe('9999-12-31');
	});
});

describe('dueInstant', () => {
	it('is the last second of the day in Poland, across both DST changes', () => {
		expect(iso(dueInstant('2024-03-11'))).toBe('2024-03-11T22:59:59.000Z');
		expect(iso(dueInstant('2024-07-01'))).toBe('2024-07-01T21:59:59.000Z');
		expect(iso(dueInstant('2026-03-29'))).toBe('2026-03-29T21:59:59.000Z');
		expect(iso(dueInstant('2026-10-25'))).toBe('2026-10-25T22:59:59.000Z');
	});
});

describe('parseDay', () => {
	it('accepts real calendar days only', () => {
		expect(parseDay('2024-02-29')).toBe('2024-02-29');
		expect(parseDay('2000-02-29')).toBe('2000-02-29');
		for (const bad of [
			'2025-02-29',
			'2025-02-30',
			'2100-02-29',
			'2024-04-31',
			'2024-13-01',
			'2024-00-10',
			'2024-01-00',
			'2024-1-05',
			'24-01-05',
			' 2024-01-05',
			'2024-01-05T00:00',
			''
		]) {
			expect(parseDay(bad), bad).toBeNull();
		}
	});
	it('keeps to the years asked for', () => {
		expect(parseDay('0000-01-01')).toBeNull();
		expect(parseDay('1799-12-31', { min: 1800 })).toBeNull();
		expect(parseDay('1800-01-01', { min: 1800 })).toBe('1800-01-01');
		expect(parseDay('9999-12-31', { max: 9998 })).toBeNull();
	});
});

describe('calendar arithmetic', () => {
	it('adds days across month ends and DST changes', () => {
		expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
		expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
	});
	it('starts weeks on Monday', () => {
		expect(weekStart('2024-06-16')).toBe('2024-06-10'); // Sunday → Monday before
		expect(weekStart('2024-06-10')).toBe('2024-06-10');
		expect(weekStart('2026-11-01')).toBe('2026-10-26'); // the week after the autumn change
	});
});

describe('formatters', () => {
	it('write Polish dates of the Warsaw day', () => {
		expect(formatDate('2024-05-06')).toBe('6 maja 2024');
		expect(formatDate(new Date('2024-05-05T22:30:00Z'))).toBe('6 maja 2024');
		expect(shortDay('2024-05-06')).toBe('6 maj');
		expect(numericDate(at('2024-05-05T22:30:00Z'))).toBe('6.05.2024');
	});
	it('show missing or broken dates as empty or a dash', () => {
		expect(formatDate(null)).toBe('');
		expect(formatDate('nie data')).toBe('');
		expect(numericDate(undefined)).toBe('—');
	});
});
