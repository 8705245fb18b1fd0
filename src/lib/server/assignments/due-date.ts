import { dayKey, dueInstant, parseDay } from '$lib/warsaw-time';

export type DueParse = { ok: true; due: Date | null } | { ok: false; message: string };

/** '' → no due date; 'YYYY-MM-DD' → the end of that day in Poland; past days are refused. */
export function parseDueDate(value: string, now = new Date()): DueParse {
	const s = value.trim();
	if (!s) return { ok: true, due: null };
	const day = parseDay(s);
	if (!day) return { ok: false, message: 'Termin jest nieprawidłową datą.' };
	if (day < dayKey(now)) return { ok: false, message: 'Termin nie może być w przeszłości.' };
	return { ok: true, due: dueInstant(day) };
}
