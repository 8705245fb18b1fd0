import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle } from '../db/schema';
import { pl } from '../../domain/plural';

/**
 * New accounts per client address in a fixed window, kept in login_throttle beside the sign-in counts
 * ('signup:ip:…' / 'join:ip:…'; `failures` holds the count, `updatedAt` the window's start).
 */
export interface CreationQuota {
	kind: 'signup' | 'join';
	limit: number;
	windowMs: number;
}

const HOUR = 3_600_000;

function limitFromEnv(name: string, fallback: number): number {
	const n = Number(process.env[name]);
	return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Teachers sign up one at a time. */
export const SIGNUP_QUOTA: CreationQuota = { kind: 'signup', limit: limitFromEnv('SIGNUPS_PER_HOUR', 10), windowMs: HOUR };

/** A whole class joins from one school address at the start of a lesson, so joining allows a class and more. */
export const JOIN_QUOTA: CreationQuota = { kind: 'join', limit: limitFromEnv('JOINS_PER_HOUR', 60), windowMs: HOUR };

const keyOf = (quota: CreationQuota, address: string) => `${quota.kind}:ip:${address}`;

/**
 * Takes one place for an account about to be created: 0 when taken, else the milliseconds until the window
 * ends. Check and count are one transaction, so parallel requests cannot all slip under the limit.
 */
export function takeCreationSlot(db: Db, quota: CreationQuota, address: string, now = Date.now()): number {
	const key = keyOf(quota, address);
	return db.transaction((tx) => {
		const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
		const fresh = !row || now - row.updatedAt.getTime() >= quota.windowMs;
		const start = fresh ? now : row.updatedAt.getTime();
		const count = fresh ? 0 : row.failures;
		if (count >= quota.limit) return start + quota.windowMs - now;
		const values = { failures: count + 1, lockedUntil: null, updatedAt: new Date(start) };
		tx.insert(loginThrottle)
			.values({ key, ...values })
			.onConflictDoUpdate({ target: loginThrottle.key, set: values })
			.run();
		return 0;
	});
}

/** Gives the place back when the account was not created after all (e.g. the username was just taken). */
export function returnCreationSlot(db: Db, quota: CreationQuota, address: string) {
	const key = keyOf(quota, address);
	db.transaction((tx) => {
		const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
		if (row && row.failures > 0)
			tx.update(loginThrottle)
				.set({ failures: row.failures - 1 })
				.where(eq(loginThrottle.key, key))
				.run();
	});
}

export function creationLimitMessage(quota: CreationQuota, waitMs: number): string {
	const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
	const base = `Z tej sieci założono w ciągu godziny już ${pl(quota.limit, ['konto', 'konta', 'kont'])} — to nasz limit. Spróbuj ponownie za ${minutes} min`;
	return quota.kind === 'join' ? `${base} albo poproś nauczyciela, żeby założył Ci konto.` : `${base}.`;
}
