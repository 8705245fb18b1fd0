import { like, or, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';

const POLISH: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const MAX_BASE = 28; // leaves room for a number within the 32-character username limit
const FALLBACK = 'uczen';

/** Lower-case ASCII: Polish letters by hand (ł has no decomposition), other accents stripped. */
export function transliterate(text: string): string {
	return text
		.toLowerCase()
		.replace(/[ąćęłńóśźż]/g, (ch) => POLISH[ch])
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss');
}

/** "Zażółć Gęślą" → "zazolc.gesla": words joined by dots, hyphens inside names kept. */
export function usernameBase(name: string): string {
	const words = transliterate(name)
		.split(/[\s._]+/)
		.map((w) =>
			w
				.replace(/[^a-z0-9-]/g, '')
				.replace(/^-+|-+$/g, '')
				.replace(/-{2,}/g, '-')
		)
		.filter(Boolean);
	const base = words
		.join('.')
		.slice(0, MAX_BASE)
		.replace(/[.-]+$/, '');
	return base || FALLBACK;
}

/** Usernames already taken that start with `base`, to pick a free number without one query per try. */
export function takenLike(db: Pick<Db, 'select'>, base: string): Set<string> {
	const pattern = base.replace(/[\\%_]/g, (ch) => `\\${ch}`) + '%';
	const rows = db
		.select({ username: users.username })
		.from(users)
		.where(or(eq(users.username, base), like(users.username, pattern)))
		.all();
	return new Set(rows.map((r) => r.username));
}

/**
 * The base itself if free, else base2, base3, …; names shorter than three letters get a number at once
 * so every result passes the username rules. `taken` is updated, so one set serves a whole batch.
 */
export function pickUsername(base: string, taken: Set<string>): string {
	let n = base.length >= 3 ? 1 : 2;
	let candidate = n === 1 ? base : `${base}${n}`;
	while (taken.has(candidate)) candidate = `${base}${++n}`;
	taken.add(candidate);
	return candidate;
}
