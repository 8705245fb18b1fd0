import { and, eq, gte, lt } from 'drizzle-orm';
import { dayEnd, dayStart, parseDay } from '$lib/warsaw-time';
import { assignments } from '../db/schema';

/** A report's date filter: Warsaw calendar days, both ends included. */
export interface DateRange {
	from: string | null;
	to: string | null;
	/** Instants for SQL: from ≤ t < toExclusive. */
	fromMs: number;
	toMs: number;
	/** Polish message when a field was not a date (the filter is then ignored). */
	problem: string | null;
}

const FAR_FUTURE = 8.64e15;

/** Years outside these are typos in a filter over the app's own data: ignored with a message rather than run. */
const YEARS = { min: 1970, max: 9998 };

const validDay = (v: string | null) => (v ? parseDay(v, YEARS) : null);

/** Reads ?od=YYYY-MM-DD&do=YYYY-MM-DD (what <input type="date"> sends). */
export function parseRange(params: URLSearchParams): DateRange {
	const rawFrom = params.get('od') || null;
	const rawTo = params.get('do') || null;
	let from = validDay(rawFrom);
	let to = validDay(rawTo);
	let problem = (rawFrom && !from) || (rawTo && !to) ? 'Nieprawidłowa data w filtrze: pominięto ją.' : null;
	if (from && to && from > to) {
		problem = 'Data „od” jest późniejsza niż „do”: pokazano wszystko.';
		from = to = null;
	}
	return {
		from,
		to,
		fromMs: from ? dayStart(from) : 0,
		toMs: to ? dayEnd(to) : FAR_FUTURE,
		problem
	};
}

/** The query string that keeps the filter on links and CSV downloads. */
export function rangeQuery(range: Pick<DateRange, 'from' | 'to'>): string {
	const p = new URLSearchParams();
	if (range.from) p.set('od', range.from);
	if (range.to) p.set('do', range.to);
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** No filter: every answer counts. */
export const ALL_TIME: DateRange = parseRange(new URLSearchParams());

/** SQL condition: assignments of one class made within the report's dates (a report counts work by when it was set). */
export function classAssignmentsIn(classId: string, range: DateRange) {
	return and(
		eq(assignments.classId, classId),
		gte(assignments.createdAt, new Date(range.fromMs)),
		lt(assignments.createdAt, new Date(range.toMs))
	);
}
