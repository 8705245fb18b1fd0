import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle } from '../db/schema';

/**
 * Counts in fixed windows, kept in login_throttle beside the sign-in counts (`failures` holds the count,
 * `updatedAt` the window's start): accounts made per address (creation-limit.ts), reset links asked for
 * (reset-limit.ts).
 */
export interface WindowSlot {
	key: string;
	limit: number;
	windowMs: number;
}

/**
 * Takes one place in every window, or in none: `waitMs` 0 when taken, else the milliseconds until the full
 * window that ends last does (`full` is its key). Check and count are one transaction, so parallel requests
 * cannot all slip under a limit.
 */
export function takeWindowSlots(db: Db, slots: WindowSlot[], now = Date.now()): { waitMs: number; full?: string } {
	return db.transaction((tx) => {
		const counted = slots.map((slot) => {
			const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, slot.key)).get();
			const fresh = !row || now - row.updatedAt.getTime() >= slot.windowMs;
			const start = fresh ? now : row.updatedAt.getTime();
			const count = fresh ? 0 : row.failures;
			return { slot, start, count, waitMs: count >= slot.limit ? start + slot.windowMs - now : 0 };
		});
		const fullest = counted.reduce((a, b) => (b.waitMs > a.waitMs ? b : a));
		if (fullest.waitMs > 0) return { waitMs: fullest.waitMs, full: fullest.slot.key };
		for (const { slot, start, count } of counted) {
			const values = { failures: count + 1, lockedUntil: null, updatedAt: new Date(start) };
			tx.insert(loginThrottle)
				.values({ key: slot.key, ...values })
				.onConflictDoUpdate({ target: loginThrottle.key, set: values })
				.run();
		}
		return { waitMs: 0 };
	});
}

/** Gives a place back (e.g. the account was not created after all because its name was just taken). */
export function returnWindowSlot(db: Db, key: string) {
	db.transaction((tx) => {
		const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
		if (row && row.failures > 0)
			tx.update(loginThrottle)
				.set({ failures: row.failures - 1 })
				.where(eq(loginThrottle.key, key))
				.run();
	});
}
