// OWASP's "device cookie" (Slow Down Online Guessing Attacks with Device Cookies): after a correct password the
// browser gets a signed token naming the account. With it, that account's sign-in is throttled only by the
// token's own failure count (throttle.ts DEVICE_POLICY), so an attacker elsewhere cannot keep the owner out.
import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from '@oslojs/encoding';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import { serverSecret } from './server-secret';
import { DEVICE_COOKIE_DAYS } from './throttle';

const DEVICE_COOKIE = 'czytanka_device';
/** A classroom computer is shared: the last few accounts signed in on it each keep their token. */
export const MAX_DEVICE_ENTRIES = 8;
const LIFETIME_S = DEVICE_COOKIE_DAYS * 24 * 3600;
const KEY_NAME = 'device-cookie-key';
const ENTRY = /^([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{22})\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]{22})$/;

export interface DeviceEntry {
	userId: string;
	nonce: string;
	/** Seconds since the epoch. */
	issuedAt: number;
	mac: string;
}

/** Whose token to check: the password hash is signed too, so a new password ends every older token. */
export interface DeviceOwner {
	id: string;
	passwordHash: string;
}

function macOf(db: Db, owner: DeviceOwner, nonce: string, issuedAt: number): Uint8Array {
	const message = new TextEncoder().encode(`device\n${owner.id}\n${nonce}\n${issuedAt}\n${owner.passwordHash}`);
	// 128 bits of the tag are plenty for a MAC and keep eight tokens under a kilobyte.
	return hmac(SHA256, serverSecret(db, KEY_NAME), message).slice(0, 16);
}

export function parseDeviceCookie(value: string | undefined): DeviceEntry[] {
	if (!value) return [];
	const entries: DeviceEntry[] = [];
	for (const part of value.split('~').slice(0, MAX_DEVICE_ENTRIES)) {
		const m = ENTRY.exec(part);
		if (m) entries.push({ userId: m[1], nonce: m[2], issuedAt: parseInt(m[3], 36), mac: m[4] });
	}
	return entries;
}

export function serializeDeviceEntries(entries: DeviceEntry[]): string {
	return entries.map((e) => `${e.userId}.${e.nonce}.${e.issuedAt.toString(36)}.${e.mac}`).join('~');
}

/** The browser's valid, unexpired token for this account, if it has one. */
export function deviceEntryFor(db: Db, entries: DeviceEntry[], owner: DeviceOwner, now = Date.now()): DeviceEntry | null {
	const nowS = Math.floor(now / 1000);
	for (const e of entries) {
		if (e.userId !== owner.id || e.issuedAt > nowS || nowS - e.issuedAt > LIFETIME_S) continue;
		let given: Uint8Array;
		try {
			given = decodeBase64urlIgnorePadding(e.mac);
		} catch {
			continue;
		}
		if (constantTimeEqual(given, macOf(db, owner, e.nonce, e.issuedAt))) return e;
	}
	return null;
}

/** A fresh token for the account, in front of the others; the account's older token is dropped. */
export function issueDeviceEntry(db: Db, entries: DeviceEntry[], owner: DeviceOwner, now = Date.now()): DeviceEntry[] {
	const nonce = encodeBase64urlNoPadding(crypto.getRandomValues(new Uint8Array(16)));
	const issuedAt = Math.floor(now / 1000);
	const mac = encodeBase64urlNoPadding(macOf(db, owner, nonce, issuedAt));
	const others = entries.filter((e) => e.userId !== owner.id);
	return [{ userId: owner.id, nonce, issuedAt, mac }, ...others].slice(0, MAX_DEVICE_ENTRIES);
}

export function withoutDeviceEntry(entries: DeviceEntry[], nonce: string): DeviceEntry[] {
	return entries.filter((e) => e.nonce !== nonce);
}

export function readDeviceCookie(cookies: Cookies): DeviceEntry[] {
	return parseDeviceCookie(cookies.get(DEVICE_COOKIE));
}

/**
 * Kept after logout (that is the point). Path '/': both sign-in and the password change on /account check a
 * password. SameSite=Strict: no other site's form can make the browser use it.
 */
export function writeDeviceCookie(cookies: Cookies, entries: DeviceEntry[], secure: boolean) {
	if (entries.length === 0) {
		cookies.delete(DEVICE_COOKIE, { path: '/' });
		return;
	}
	cookies.set(DEVICE_COOKIE, serializeDeviceEntries(entries), {
		httpOnly: true,
		sameSite: 'strict',
		secure,
		path: '/',
		maxAge: LIFETIME_S
	});
}
