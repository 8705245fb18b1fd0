import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { issueDeviceEntry, type DeviceEntry } from './device-cookie';
import { guardedPasswordCheck } from './guarded-check';
import { accountKey, addressKey, throttleWait } from './throttle';

const S = 1000;
const MIN = 60 * S;
const ola = { id: '0b5e7c9a-0000-4000-8000-00000000000a', username: 'ola', passwordHash: '$argon2id$ola' };
const RIGHT = 'kasztan rower parasol';

function world() {
	const db = testDb();
	let t = 1_700_000_000_000;
	const clock = { now: () => t, advance: (ms: number) => (t += ms) };
	let checks = 0;
	const guess = (password: string, devices: DeviceEntry[], address = '203.0.113.9') =>
		guardedPasswordCheck(db, { owner: ola, login: 'ola', address, devices, check: async () => (checks++, password === RIGHT) }, clock.now);
	/** An attacker without the cookie tries until the account and the address are at their longest waits. */
	const attack = async (n: number) => {
		for (let i = 0; i < n; i++) {
			clock.advance(throttleWait(db, [accountKey('ola'), addressKey('198.51.100.66')], clock.now()));
			await guess(`zgaduje-${i}`, [], '198.51.100.66');
		}
	};
	return { db, clock, guess, attack, checks: () => checks };
}

describe('sign-in with and without a device cookie', () => {
	it('lets the owner in with the right password from their usual browser while the account is under attack', async () => {
		const { db, clock, guess, attack } = world();
		const ownersBrowser = issueDeviceEntry(db, [], ola, clock.now());
		await attack(40);
		expect(throttleWait(db, [accountKey('ola')], clock.now())).toBe(15 * MIN);
		// The same school address as the attacker, even: only the cookie's own count applies.
		const r = await guess(RIGHT, ownersBrowser, '198.51.100.66');
		expect(r.ok).toBe(true);
		// A fresh token replaces the one used.
		expect(r.devices).toHaveLength(1);
		expect(r.devices[0].nonce).not.toBe(ownersBrowser[0].nonce);
		// Without the cookie the right password still waits.
		expect(await guess(RIGHT, [])).toMatchObject({ ok: false, waitMs: 15 * MIN });
	});

	it('makes a browser without the cookie wait longer and longer, never checking the password meanwhile', async () => {
		const { db, guess, clock, checks } = world();
		const waits: number[] = [];
		for (let i = 0; i < 9; i++) {
			expect((await guess('zle-haslo', [])).ok).toBe(false);
			const wait = throttleWait(db, [accountKey('ola')], clock.now());
			waits.push(wait);
			clock.advance(wait);
		}
		expect(waits).toEqual([0, 0, 0, 0, 2, 4, 8, 16, 32].map((s) => s * S));
		expect(checks()).toBe(9);
		clock.advance(-1);
		expect(await guess(RIGHT, [])).toMatchObject({ ok: false, waitMs: 1 });
		expect(checks()).toBe(9);
		clock.advance(1);
		expect((await guess(RIGHT, [])).ok).toBe(true);
	});

	it('counts a wrong password with the cookie against the cookie only, and its fifth revokes it', async () => {
		const { db, clock, guess } = world();
		let devices = issueDeviceEntry(db, [], ola, clock.now());
		for (let i = 0; i < 4; i++) {
			const r = await guess('zle-haslo', devices);
			expect(r).toMatchObject({ ok: false, waitMs: 0 });
			devices = r.devices;
		}
		expect(throttleWait(db, [accountKey('ola'), addressKey('203.0.113.9')], clock.now())).toBe(0);
		const fifth = await guess('zle-haslo', devices);
		expect(fifth.devices).toHaveLength(1); // still sent; the next attempt finds it revoked
		const sixth = await guess('zle-haslo', fifth.devices);
		expect(sixth.devices).toEqual([]); // dropped from the browser
		// From now on the browser is like any other: account and address counts apply.
		const tries = [];
		for (let i = 0; i < 5; i++) tries.push(await guess('zle-haslo', sixth.devices));
		expect(tries.at(-1)).toMatchObject({ ok: false, waitMs: 2 * S });
	});

	it('gives no more than five parallel guesses to one stolen cookie', async () => {
		const { db, clock } = world();
		const devices = issueDeviceEntry(db, [], ola, clock.now());
		let checked = 0;
		const slowWrong = async () => {
			checked++;
			await new Promise((r) => setTimeout(r, 5));
			return false;
		};
		const guesses = Array.from({ length: 12 }, () =>
			guardedPasswordCheck(db, { owner: ola, login: 'ola', address: '203.0.113.9', devices, check: slowWrong }, clock.now)
		);
		await Promise.all(guesses);
		// Five on the cookie, then the account's five free ones; the rest wait.
		expect(checked).toBe(10);
	});

	it('gives an unknown login no token and counts it like any failure', async () => {
		const db = testDb();
		const r = await guardedPasswordCheck(db, {
			owner: undefined,
			login: 'nikt',
			address: '203.0.113.9',
			devices: [],
			check: async () => false
		});
		expect(r).toEqual({ ok: false, waitMs: 0, devices: [] });
	});
});
