import { addDays, DAY_RE, warsawDayStart } from '../progress/days';

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

/** Outside these years the Warsaw-day arithmetic breaks (years below 100 are read as 19xx, 9999-12-31 has no next day). */
const FIRST_YEAR = 1970;
const LAST_YEAR = 9998;

function validDay(v: string | null): string | null {
	if (!v || !DAY_RE.test(v)) return null;
	const year = Number(v.slice(0, 4));
	if (year < FIRST_YEAR || year > LAST_YEAR) return null;
	const d = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}

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
		fromMs: from ? warsawDayStart(from) : 0,
		toMs: to ? warsawDayStart(addDays(to, 1)) : FAR_FUTURE,
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
