// Calendar days in Europe/Warsaw, for server and pages alike: streaks, weeks, due dates, report filters and
// the dates shown all follow the Polish school's clock, whatever the server's or the browser's time zone.
// A day is kept as its key 'YYYY-MM-DD'; instants are ms since the epoch or Dates.
import { TZDate } from '@date-fns/tz';

const WARSAW = 'Europe/Warsaw';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The key itself when `value` is a real calendar day ('2025-02-30' is not) within the years allowed, else null. */
export function parseDay(value: string, years: { min?: number; max?: number } = {}): string | null {
	const m = DAY_RE.exec(value);
	if (!m) return null;
	const [y, mo, d] = [+m[1], +m[2], +m[3]];
	if (y < (years.min ?? 1) || y > (years.max ?? 9999) || mo < 1 || mo > 12) return null;
	const last = mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1];
	return d >= 1 && d <= last ? value : null;
}

/**
 * Wall-clock time `h:mi:s` on `day` (+ `shift` days) in Warsaw. Built with setters from a fixed instant:
 * the Date constructor would read years below 100 as 19xx.
 */
function wallClock(day: string, h: number, mi = 0, s = 0, shift = 0): TZDate {
	const [y, mo, d] = day.split('-').map(Number);
	const t = new TZDate(0, WARSAW);
	t.setFullYear(y, mo - 1, d + shift);
	t.setHours(h, mi, s, 0);
	return t;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of an instant, in Warsaw. */
export function dayKey(at: number | Date): string {
	const t = new TZDate(+at, WARSAW);
	return `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** The instant a Warsaw day begins (ms). */
export function dayStart(day: string): number {
	return +wallClock(day, 0);
}

/** The instant the next Warsaw day begins (ms): an exclusive end, 23 or 25 hours after the start on DST days. */
export function dayEnd(day: string): number {
	return +wallClock(day, 0, 0, 0, 1);
}

/** A due date means the whole chosen day in Poland: due at 23:59:59 Warsaw time. */
export function dueInstant(day: string): Date {
	return new Date(+wallClock(day, 23, 59, 59));
}

/** Calendar arithmetic on day keys (noon keeps clear of DST hours). */
export function addDays(day: string, n: number): string {
	return dayKey(wallClock(day, 12, 0, 0, n));
}

export function daysBetween(from: string, to: string): number {
	return Math.round((dayStart(to) - dayStart(from)) / 86_400_000);
}

/** Monday of the ISO week containing the day. */
export function weekStart(day: string): string {
	return addDays(day, -((wallClock(day, 12).getDay() + 6) % 7));
}

/** A day key is shown as that day; anything else is an instant shown in Warsaw. */
function instant(value: Date | number | string): number {
	if (typeof value !== 'string') return +value;
	return parseDay(value) ? +wallClock(value, 12) : Date.parse(value);
}

function formatter(options: Intl.DateTimeFormatOptions): (value: Date | number | string | null | undefined) => string | null {
	const fmt = new Intl.DateTimeFormat('pl-PL', { ...options, timeZone: WARSAW });
	return (value) => {
		const ms = value === null || value === undefined || value === '' ? NaN : instant(value);
		return Number.isNaN(ms) ? null : fmt.format(ms);
	};
}

const longDate = formatter({ day: 'numeric', month: 'long', year: 'numeric' });
const short = formatter({ day: 'numeric', month: 'short' });
const numeric = formatter({ day: 'numeric', month: 'numeric', year: 'numeric' });

/** '6 maja 2024'; '' when there is no date. */
export const formatDate = (value: Date | number | string | null | undefined): string => longDate(value) ?? '';
/** '6 maj' (chart labels, week starts). */
export const shortDay = (value: Date | number | string): string => short(value) ?? '';
/** '6.05.2024' (report tables); '—' when there is no date. */
export const numericDate = (value: Date | number | null | undefined): string => numeric(value) ?? '—';
