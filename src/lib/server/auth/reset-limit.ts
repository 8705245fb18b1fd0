import type { Db } from '../db';
import { takeWindowSlots } from './fixed-window';

const HOUR = 3_600_000;
/** Teachers of one school share an address; this is more than any school needs in an hour. */
const PER_ADDRESS = 20;
/** Each link replaces the one before, so more than a few would only let a stranger flood someone's inbox. */
export const PER_EMAIL = 3;

/**
 * Counts a request for a reset link on the client's address and on the e-mail typed, whether or not it has an
 * account (a limit only real accounts reached would tell them apart). A refused request counts nowhere.
 */
export function takeResetSlot(db: Db, email: string, address: string, now = Date.now()): { waitMs: number; byEmail: boolean } {
	const emailKey = `reset:email:${email}`;
	const slots = [
		{ key: `reset:ip:${address}`, limit: PER_ADDRESS, windowMs: HOUR },
		{ key: emailKey, limit: PER_EMAIL, windowMs: HOUR }
	];
	const { waitMs, full } = takeWindowSlots(db, slots, now);
	return { waitMs, byEmail: full === emailKey };
}
