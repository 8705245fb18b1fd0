// Due dates are chosen as a calendar day; the assignment is due at the end of that day in Poland,
// whatever the server's own time zone.
const SCHOOL_TZ = 'Europe/Warsaw';

/** Offset of `zone` from UTC at `at`, in minutes (Warsaw: 60 in winter, 120 in summer). */
function zoneOffsetMinutes(at: Date, zone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(at);
	const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
	const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
	return Math.round((asUtc - Math.floor(at.getTime() / 60000) * 60000) / 60000);
}

/** Today's date in Poland as YYYY-MM-DD. */
export function schoolToday(now = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: SCHOOL_TZ }).format(now);
}

export type DueParse = { ok: true; due: Date | null } | { ok: false; message: string };

/** '' → no due date; 'YYYY-MM-DD' → 23:59:59 that day in Poland; past days are refused. */
export function parseDueDate(value: string, now = new Date()): DueParse {
	const s = value.trim();
	if (!s) return { ok: true, due: null };
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	const probe = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 23, 59, 59)) : null;
	if (!m || !probe || probe.toISOString().slice(0, 10) !== s) return { ok: false, message: 'Termin jest nieprawidłową datą.' };
	if (s < schoolToday(now)) return { ok: false, message: 'Termin nie może być w przeszłości.' };
	return { ok: true, due: new Date(probe.getTime() - zoneOffsetMinutes(probe, SCHOOL_TZ) * 60000) };
}
