import { addDays, dayKey, daysBetween, weekStart } from '$lib/warsaw-time';

export interface Streak {
	/** Consecutive days with an answer, ending today (or yesterday: today's reading may still come). */
	current: number;
	longest: number;
}

/** Streak of reading days from the Warsaw days on which the learner answered anything. */
export function streak(days: Iterable<string>, today: string): Streak {
	const set = new Set(days);
	let end = set.has(today) ? today : addDays(today, -1);
	let current = 0;
	while (set.has(end)) {
		current++;
		end = addDays(end, -1);
	}
	const sorted = [...set].sort();
	let longest = 0;
	let run = 0;
	for (let i = 0; i < sorted.length; i++) {
		run = i > 0 && daysBetween(sorted[i - 1], sorted[i]) === 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
	}
	return { current, longest };
}

export interface ScorePoint {
	/** When the reading was finished (ms). */
	at: number;
	/** Share of correct answers, 0–1. */
	score: number;
}

export interface WeekPoint {
	/** Monday of the Warsaw week, 'YYYY-MM-DD'. */
	week: string;
	/** Average score of readings finished that week, 0–1. */
	average: number;
	count: number;
}

/** Average score per week, oldest first; weeks without finished readings are left out. */
export function weeklyAverages(points: ScorePoint[]): WeekPoint[] {
	const weeks = new Map<string, { sum: number; count: number }>();
	for (const p of points) {
		const w = weekStart(dayKey(p.at));
		const acc = weeks.get(w) ?? { sum: 0, count: 0 };
		acc.sum += p.score;
		acc.count++;
		weeks.set(w, acc);
	}
	return [...weeks.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([week, { sum, count }]) => ({ week, average: sum / count, count }));
}

export interface Trend {
	/** Change of the weekly average per week, in percentage points (least squares). */
	perWeek: number;
	direction: 'up' | 'down' | 'flat';
	/** Fitted values at the first and last week, 0–1, for drawing the trend line. */
	from: number;
	to: number;
}

/** Slope below this many points per week reads as "no change": weekly averages of a few readings are noisy. */
const FLAT_POINTS_PER_WEEK = 1;

/** Least-squares line through the weekly averages (x = weeks since the first one); null under two weeks. */
export function trend(weeks: WeekPoint[]): Trend | null {
	if (weeks.length < 2) return null;
	const xs = weeks.map((w) => daysBetween(weeks[0].week, w.week) / 7);
	const ys = weeks.map((w) => w.average);
	const n = xs.length;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < n; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
	}
	const slope = sxx === 0 ? 0 : sxy / sxx;
	const perWeek = slope * 100;
	const direction = Math.abs(perWeek) < FLAT_POINTS_PER_WEEK ? 'flat' : perWeek > 0 ? 'up' : 'down';
	const at = (x: number) => Math.min(1, Math.max(0, my + slope * (x - mx)));
	return { perWeek, direction, from: at(xs[0]), to: at(xs[n - 1]) };
}
