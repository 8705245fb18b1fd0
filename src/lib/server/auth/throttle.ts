import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle } from '../db/schema';

/**
 * Sign-in throttling, stored in login_throttle so it survives restarts and is shared by every process.
 * After `freeFailures` failures in a row every further attempt must wait, doubling up to `maxDelayMs`:
 * never a fixed lock-out, and a browser with a device cookie for the account (device-cookie.ts) is not
 * held by the account or address counts at all, so an attacker elsewhere cannot keep the owner out.
 * Attempts made while a key waits are refused without checking the password and are not counted,
 * so a waiting person does not make the wait longer by retrying.
 */
export interface ThrottlePolicy {
	freeFailures: number;
	firstDelayMs: number;
	maxDelayMs: number;
	/** Failures older than this (with no newer failure) are forgotten. */
	forgetAfterMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** 2, 4, 8 … s up to 15 min from the sixth failure: at most ~100 guesses a day, as the old 15-minute block allowed. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
	freeFailures: 5,
	firstDelayMs: 2_000,
	maxDelayMs: 15 * MINUTE,
	forgetAfterMs: 60 * MINUTE
};

/**
 * A whole school often shares one public address, and a success by one child must not wash away an
 * attacker's failures, so the address key is never reset by a success, allows many more failures and
 * waits at most a minute. Pupils who signed in on that browser before carry a device cookie and skip it.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
	freeFailures: 30,
	firstDelayMs: 1_000,
	maxDelayMs: MINUTE,
	forgetAfterMs: 15 * MINUTE
};

export const DEVICE_COOKIE_DAYS = 180;

/**
 * A device cookie never waits: its fifth wrong password in a row revokes it for the rest of its life
 * (the "delay" is that life), and the browser is then treated like any other.
 */
export const DEVICE_POLICY: ThrottlePolicy = {
	freeFailures: 5,
	firstDelayMs: DEVICE_COOKIE_DAYS * DAY,
	maxDelayMs: DEVICE_COOKIE_DAYS * DAY,
	forgetAfterMs: DEVICE_COOKIE_DAYS * DAY
};

export function accountKey(login: string): string {
	return `user:${login.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
	return `ip:${address}`;
}

/** The nonce is random and unguessable, so it names the cookie's own counter. */
export function deviceKey(nonce: string): string {
	return `device:${nonce}`;
}

function policyOf(key: string): ThrottlePolicy {
	if (key.startsWith('ip:')) return ADDRESS_POLICY;
	if (key.startsWith('device:')) return DEVICE_POLICY;
	return ACCOUNT_POLICY;
}

/** How long the key must wait after its `failures`-th failure in a row. */
function delayAfter(failures: number, policy: ThrottlePolicy): number {
	if (failures < policy.freeFailures) return 0;
	return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failures - policy.freeFailures));
}

/** Milliseconds until any of the keys may try again; 0 when all are free. */
export function throttleWait(db: Db, keys: string[], now = Date.now()): number {
	if (keys.length === 0) return 0;
	const rows = db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
	let wait = 0;
	for (const row of rows) {
		const until = row.lockedUntil?.getTime() ?? 0;
		if (until > now) wait = Math.max(wait, until - now);
	}
	return wait;
}

export function recordLoginFailure(db: Db, keys: string[], now = Date.now()) {
	db.transaction((tx) => {
		for (const key of keys) {
			const policy = policyOf(key);
			const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
			const stale = !row || now - row.updatedAt.getTime() > policy.forgetAfterMs;
			const failures = (stale ? 0 : row.failures) + 1;
			const delay = delayAfter(failures, policy);
			const values = { failures, lockedUntil: delay ? new Date(now + delay) : null, updatedAt: new Date(now) };
			tx.insert(loginThrottle)
				.values({ key, ...values })
				.onConflictDoUpdate({ target: loginThrottle.key, set: values })
				.run();
		}
	});
}

/** A correct password (or a new one: a teacher's reset, a reset link) starts the account's or the device cookie's count afresh. */
export function clearThrottle(db: Db, key: string) {
	db.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}

export type AttemptResult = { ok: true } | { ok: false; waitMs: number };

/**
 * Checks the keys and, in the same transaction, counts this attempt as a failure before the password is
 * checked: parallel guesses cannot all pass a check made before any of them was recorded. Returns the wait
 * when the attempt is refused (then nothing is counted).
 */
function reserveAttempt(db: Db, keys: string[], now: number): number {
	return db.transaction((tx) => {
		const wait = throttleWait(tx as unknown as Db, keys, now);
		if (wait === 0) recordLoginFailure(tx as unknown as Db, keys, now);
		return wait;
	});
}

/** Takes back the failure counted in advance for an attempt that succeeded (the address keeps its others). */
function refundAttempt(db: Db, key: string) {
	db.transaction((tx) => {
		const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
		if (!row) return;
		const failures = Math.max(0, row.failures - 1);
		const lockedUntil = failures >= policyOf(key).freeFailures ? row.lockedUntil : null;
		tx.update(loginThrottle).set({ failures, lockedUntil }).where(eq(loginThrottle.key, key)).run();
	});
}

/**
 * One sign-in attempt from a browser without a (valid, unrevoked) device cookie: refused without calling
 * `check` while any key waits; a failure is counted on every key, a success clears only the account key
 * (see ADDRESS_POLICY for why).
 */
export async function throttledAttempt(
	db: Db,
	keys: { account: string; address: string },
	check: () => Promise<boolean>,
	now: () => number = Date.now
): Promise<AttemptResult> {
	const waitMs = reserveAttempt(db, [keys.account, keys.address], now());
	if (waitMs > 0) return { ok: false, waitMs };
	if (await check()) {
		clearThrottle(db, keys.account);
		refundAttempt(db, keys.address);
		return { ok: true };
	}
	return { ok: false, waitMs: 0 };
}

/**
 * One attempt from a browser with a device cookie for this account: only the cookie's own count applies.
 * 'revoked' (nothing counted, `check` not called) when the cookie has used up its failures: the caller
 * then treats the browser like any other.
 */
export async function deviceAttempt(
	db: Db,
	key: string,
	check: () => Promise<boolean>,
	now: () => number = Date.now
): Promise<AttemptResult | 'revoked'> {
	if (reserveAttempt(db, [key], now()) > 0) return 'revoked';
	if (await check()) {
		clearThrottle(db, key);
		return { ok: true };
	}
	return { ok: false, waitMs: 0 };
}

/** Polish message for a refused attempt, rounded up so "za 0 s" never shows. */
export function throttleMessage(waitMs: number): string {
	const seconds = Math.max(1, Math.ceil(waitMs / 1000));
	if (seconds < 60) return `Za dużo nieudanych prób. Spróbuj ponownie za ${seconds} s.`;
	return `Za dużo nieudanych prób. Spróbuj ponownie za ${Math.ceil(seconds / 60)} min.`;
}
