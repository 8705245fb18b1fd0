import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { loginThrottle } from '../db/schema';
import {
	ACCOUNT_POLICY,
	ADDRESS_POLICY,
	accountKey,
	addressKey,
	deviceAttempt,
	deviceKey,
	DEVICE_POLICY,
	recordLoginFailure,
	throttledAttempt,
	throttleMessage,
	throttleWait
} from './throttle';

const S = 1000;
const MIN = 60 * S;

/** A clock the test moves by hand. */
function clock(start = 1_700_000_000_000) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

function setup() {
	const db = testDb();
	const c = clock();
	const keys = { account: accountKey('Ola.Nowak'), address: addressKey('10.0.0.7') };
	let checks = 0;
	const attempt = (right: boolean) => throttledAttempt(db, keys, async () => (checks++, right), c.now);
	return { db, c, keys, attempt, checks: () => checks };
}

describe('sign-in throttling', () => {
	it('lets four wrong passwords through, then makes the fifth failure wait 2 s, doubling', async () => {
		const { db, c, keys, attempt } = setup();
		for (let i = 0; i < 4; i++) expect(await attempt(false)).toEqual({ ok: false, waitMs: 0 });
		expect(throttleWait(db, [keys.account], c.now())).toBe(0);
		await attempt(false);
		expect(throttleWait(db, [keys.account], c.now())).toBe(2 * S);
		c.advance(2 * S);
		await attempt(false);
		expect(throttleWait(db, [keys.account], c.now())).toBe(4 * S);
	});

	it('refuses an attempt during the wait without checking the password, even a right one', async () => {
		const { c, attempt, checks } = setup();
		for (let i = 0; i < 5; i++) await attempt(false);
		const before = checks();
		c.advance(1500);
		expect(await attempt(true)).toEqual({ ok: false, waitMs: 500 });
		expect(checks()).toBe(before);
		c.advance(500);
		expect(await attempt(true)).toEqual({ ok: true });
	});

	it('never locks out: the wait keeps doubling up to 15 minutes, and the right password then gets in', async () => {
		const { db, c, keys, attempt } = setup();
		const waits: number[] = [];
		for (let i = 0; i < 16; i++) {
			c.advance(throttleWait(db, [keys.account], c.now()));
			await attempt(false);
			waits.push(throttleWait(db, [keys.account], c.now()));
		}
		expect(waits.slice(3, 16)).toEqual([0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900].map((s) => s * S));
		expect(ACCOUNT_POLICY.maxDelayMs).toBe(15 * MIN);
		c.advance(15 * MIN - S);
		expect((await attempt(true)).ok).toBe(false);
		c.advance(S);
		expect(await attempt(true)).toEqual({ ok: true });
	});

	it('a success resets the account, so the next failures are free again', async () => {
		const { db, c, keys, attempt } = setup();
		for (let i = 0; i < 4; i++) await attempt(false);
		expect(await attempt(true)).toEqual({ ok: true });
		await attempt(false);
		expect(throttleWait(db, [keys.account], c.now())).toBe(0);
	});

	it('counts per account: another account from elsewhere is not slowed down', async () => {
		const { db, c, attempt } = setup();
		for (let i = 0; i < 5; i++) await attempt(false);
		const other = [accountKey('kuba'), addressKey('10.0.0.8')];
		expect(throttleWait(db, other, c.now())).toBe(0);
	});

	it('counts per address across accounts, allowing more and shorter waits because a school shares one address', async () => {
		const db = testDb();
		const c = clock();
		const ip = addressKey('192.0.2.1');
		for (let i = 0; i < ADDRESS_POLICY.freeFailures - 1; i++) recordLoginFailure(db, [accountKey(`u${i}`), ip], c.now());
		expect(throttleWait(db, [accountKey('nowy'), ip], c.now())).toBe(0);
		recordLoginFailure(db, [accountKey('ostatni'), ip], c.now());
		expect(throttleWait(db, [accountKey('nowy'), ip], c.now())).toBe(1 * S);
		for (let i = 0; i < 20; i++) recordLoginFailure(db, [ip], c.now());
		expect(throttleWait(db, [ip], c.now())).toBe(MIN);
	});

	it('a success does not clear the address count', async () => {
		const { db, keys, attempt } = setup();
		for (let i = 0; i < 4; i++) await attempt(false);
		await attempt(true);
		const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, keys.address)).get();
		expect(row?.failures).toBe(4);
	});

	it('forgets failures after an hour without any', async () => {
		const { db, c, keys, attempt } = setup();
		for (let i = 0; i < 4; i++) await attempt(false);
		c.advance(61 * MIN);
		await attempt(false);
		expect(throttleWait(db, [keys.account], c.now())).toBe(0);
	});

	it('lets no more parallel guesses through than one at a time would', async () => {
		const { db, keys } = setup();
		let checked = 0;
		// The password hash takes time; all twenty guesses arrive before the first is answered.
		const slowWrong = async () => {
			checked++;
			await new Promise((r) => setTimeout(r, 5));
			return false;
		};
		const results = await Promise.all(Array.from({ length: 20 }, () => throttledAttempt(db, keys, slowWrong)));
		expect(checked).toBe(ACCOUNT_POLICY.freeFailures);
		expect(results.filter((r) => !r.ok && r.waitMs > 0)).toHaveLength(20 - checked);
	});

	it('a device cookie never waits, and its fifth wrong password in a row revokes it without checking more', async () => {
		const db = testDb();
		const c = clock();
		const key = deviceKey('n'.repeat(22));
		let checks = 0;
		const wrong = async () => (checks++, false);
		for (let i = 0; i < DEVICE_POLICY.freeFailures; i++)
			expect(await deviceAttempt(db, key, wrong, c.now)).toEqual({ ok: false, waitMs: 0 });
		expect(await deviceAttempt(db, key, async () => true, c.now)).toBe('revoked');
		expect(checks).toBe(DEVICE_POLICY.freeFailures);
		c.advance(30 * 24 * 60 * MIN);
		expect(await deviceAttempt(db, key, async () => true, c.now)).toBe('revoked');
	});

	it('a right password with a device cookie starts its count afresh', async () => {
		const db = testDb();
		const key = deviceKey('m'.repeat(22));
		for (let i = 0; i < 4; i++) await deviceAttempt(db, key, async () => false);
		expect(await deviceAttempt(db, key, async () => true)).toEqual({ ok: true });
		for (let i = 0; i < 4; i++) await deviceAttempt(db, key, async () => false);
		expect(await deviceAttempt(db, key, async () => true)).toEqual({ ok: true });
	});

	it('treats the login case-insensitively', () => {
		expect(accountKey(' Ola.Nowak ')).toBe(accountKey('ola.nowak'));
	});

	it('says in Polish how long to wait, in seconds or minutes', () => {
		expect(throttleMessage(1200)).toBe('Za dużo nieudanych prób. Spróbuj ponownie za 2 s.');
		expect(throttleMessage(15 * MIN)).toBe('Za dużo nieudanych prób. Spróbuj ponownie za 15 min.');
		expect(throttleMessage(10)).toContain('za 1 s.');
	});
});
