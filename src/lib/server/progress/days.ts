/** Calendar days in Europe/Warsaw: streaks, weeks and date filters follow the learner's and teacher's own clock. */
const ZONE = 'Europe/Warsaw';

const dayFmt = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const partsFmt = new Intl.DateTimeFormat('en-GB', {
	timeZone: ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' of an instant, in Warsaw. */
export function warsawDay(ms: number): string {
	return dayFmt.format(new Date(ms));
}

/** Warsaw's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
	const p = Object.fromEntries(partsFmt.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
	const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
	return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant a Warsaw calendar day begins. */
export function warsawDayStart(day: string): number {
	const [y, m, d] = day.split('-').map(Number);
	const utcMidnight = Date.UTC(y, m - 1, d);
	const guess = utcMidnight - offsetAt(utcMidnight);
	// Across a DST change the offset at the guess may differ from the one at UTC midnight.
	return utcMidnight - offsetAt(guess);
}

/** Calendar arithmetic on 'YYYY-MM-DD' (no time zone involved). */
export function addDays(day: string, n: number): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Monday of the ISO week containing the day. */
export function weekStart(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
	return addDays(day, -weekday);
}

export function daysBetween(from: string, to: string): number {
	const a = Date.parse(`${from}T00:00:00Z`);
	const b = Date.parse(`${to}T00:00:00Z`);
	return Math.round((b - a) / 86_400_000);
}
