import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db';
import { testDb } from '../db/test-db';
import {
	deviceEntryFor,
	issueDeviceEntry,
	MAX_DEVICE_ENTRIES,
	parseDeviceCookie,
	serializeDeviceEntries,
	withoutDeviceEntry
} from './device-cookie';
import { serverSecret } from './server-secret';
import { DEVICE_COOKIE_DAYS } from './throttle';

const DAY = 86_400_000;
const ola = { id: '0b5e7c9a-0000-4000-8000-000000000001', passwordHash: '$argon2id$ola' };
const kuba = { id: '0b5e7c9a-0000-4000-8000-000000000002', passwordHash: '$argon2id$kuba' };

describe('device cookies', () => {
	it('are accepted for the account they were issued to, after a round trip through the cookie text', () => {
		const db = testDb();
		const cookie = serializeDeviceEntries(issueDeviceEntry(db, [], ola));
		const back = parseDeviceCookie(cookie);
		expect(deviceEntryFor(db, back, ola)?.nonce).toBe(back[0].nonce);
		expect(deviceEntryFor(db, back, kuba)).toBeNull();
	});

	it('are refused when anything in them is changed, or when they are signed with another key', () => {
		const db = testDb();
		const [entry] = issueDeviceEntry(db, [], ola);
		const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
		expect(deviceEntryFor(db, [{ ...entry, nonce: flip(entry.nonce) }], ola)).toBeNull();
		expect(deviceEntryFor(db, [{ ...entry, mac: flip(entry.mac) }], ola)).toBeNull();
		expect(deviceEntryFor(db, [{ ...entry, issuedAt: entry.issuedAt + 1 }], ola)).toBeNull();
		expect(deviceEntryFor(db, [{ ...entry, userId: kuba.id }], kuba)).toBeNull();
		expect(deviceEntryFor(testDb(), [entry], ola)).toBeNull();
	});

	it('end when the password changes and when they grow too old', () => {
		const db = testDb();
		const t0 = Date.now();
		const entries = issueDeviceEntry(db, [], ola, t0);
		expect(deviceEntryFor(db, entries, { ...ola, passwordHash: '$argon2id$new' }, t0)).toBeNull();
		expect(deviceEntryFor(db, entries, ola, t0 + (DEVICE_COOKIE_DAYS - 1) * DAY)).not.toBeNull();
		expect(deviceEntryFor(db, entries, ola, t0 + (DEVICE_COOKIE_DAYS + 1) * DAY)).toBeNull();
	});

	it('hold one token per account, newest first, for the last few accounts on a shared computer', () => {
		const db = testDb();
		let entries = issueDeviceEntry(db, [], ola);
		const first = entries[0].nonce;
		entries = issueDeviceEntry(db, entries, kuba);
		entries = issueDeviceEntry(db, entries, ola);
		expect(entries.map((e) => e.userId)).toEqual([ola.id, kuba.id]);
		expect(entries[0].nonce).not.toBe(first);
		for (let i = 0; i < 20; i++) entries = issueDeviceEntry(db, entries, { id: `user-${i}`, passwordHash: 'h' });
		expect(entries).toHaveLength(MAX_DEVICE_ENTRIES);
		expect(parseDeviceCookie(serializeDeviceEntries(entries))).toEqual(entries);
		expect(serializeDeviceEntries(entries).length).toBeLessThan(1000);
		expect(withoutDeviceEntry(entries, entries[0].nonce)).toHaveLength(MAX_DEVICE_ENTRIES - 1);
	});

	it('ignore malformed parts of a cookie', () => {
		expect(parseDeviceCookie('garbage~a.b.c.d~')).toEqual([]);
		expect(parseDeviceCookie(undefined)).toEqual([]);
	});
});

describe('the server secret', () => {
	it('is made once and read back by every process that opens the database, across restarts', () => {
		const dir = mkdtempSync(join(tmpdir(), 'czytanka-secret-'));
		try {
			const path = join(dir, 'c.db');
			const first = openDb(path);
			const second = openDb(path); // another worker on the same file
			const a = serverSecret(first, 'device-cookie-key');
			expect(a).toHaveLength(32);
			expect(serverSecret(second, 'device-cookie-key')).toEqual(a);
			first.$client.close();
			second.$client.close();
			const restarted = openDb(path);
			expect(serverSecret(restarted, 'device-cookie-key')).toEqual(a);
			restarted.$client.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
