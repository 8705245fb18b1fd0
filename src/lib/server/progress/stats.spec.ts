import { describe, expect, it } from 'vitest';
import { streak, trend, weeklyAverages } from './stats';

describe('streak', () => {
	it('counts consecutive days ending today', () => {
		expect(streak(['2024-05-08', '2024-05-09', '2024-05-10'], '2024-05-10')).toEqual({ current: 3, longest: 3 });
	});
	it('keeps a streak alive when the learner has not read yet today', () => {
		expect(streak(['2024-05-08', '2024-05-09'], '2024-05-10').current).toBe(2);
	});
	it('breaks on a missed day but remembers the longest run', () => {
		const days = ['2024-04-01', '2024-04-02', '2024-04-03', '2024-04-04', '2024-05-07', '2024-05-09', '2024-05-10'];
		expect(streak(days, '2024-05-10')).toEqual({ current: 2, longest: 4 });
		expect(streak(days, '2024-05-12').current).toBe(0);
	});
	it('counts a day once however many answers it has, across a month end', () => {
		expect(streak(['2024-02-29', '2024-03-01', '2024-03-01'], '2024-03-01')).toEqual({ current: 2, longest: 2 });
		expect(streak([], '2024-03-01')).toEqual({ current: 0, longest: 0 });
	});
});

describe('weekly averages and trend', () => {
	const at = (iso: string) => Date.parse(iso);
	it('averages readings of the same Warsaw week', () => {
		const weeks = weeklyAverages([
			{ at: at('2024-06-10T10:00:00Z'), score: 0.5 },
			{ at: at('2024-06-16T12:00:00Z'), score: 1 },
			{ at: at('2024-06-16T22:30:00Z'), score: 0 } // Monday 00:30 in Warsaw: next week
		]);
		expect(weeks).toEqual([
			{ week: '2024-06-10', average: 0.75, count: 2 },
			{ week: '2024-06-17', average: 0, count: 1 }
		]);
	});
	it('fits a rising line in points per week', () => {
		const t = trend([
			{ week: '2024-06-03', average: 0.5, count: 1 },
			{ week: '2024-06-10', average: 0.6, count: 1 },
			{ week: '2024-06-24', average: 0.8, count: 1 }
		]);
		expect(t?.direction).toBe('up');
		expect(t?.perWeek).toBeCloseTo(10, 6);
		expect(t?.from).toBeCloseTo(0.5, 6);
		expect(t?.to).toBeCloseTo(0.8, 6);
	});
	it('calls small changes flat, falls as down, and needs two weeks', () => {
		expect(trend([{ week: '2024-06-03', average: 0.5, count: 3 }])).toBeNull();
		const flat = trend([
			{ week: '2024-06-03', average: 0.7, count: 1 },
			{ week: '2024-06-10', average: 0.705, count: 1 }
		]);
		expect(flat?.direction).toBe('flat');
		expect(
			trend([
				{ week: '2024-06-03', average: 0.9, count: 1 },
				{ week: '2024-06-10', average: 0.4, count: 1 }
			])?.direction
		).toBe('down');
	});
});
