import type { Db } from '../db';
import { deviceEntryFor, issueDeviceEntry, withoutDeviceEntry, type DeviceEntry, type DeviceOwner } from './device-cookie';
import { accountKey, addressKey, deviceAttempt, deviceKey, throttledAttempt } from './throttle';

export interface Guess {
	/** The account the password is for; undefined for an unknown login (checked against a dummy hash). */
	owner: (DeviceOwner & { username: string }) | undefined;
	/** What was typed, for the account key when there is no such account. */
	login: string;
	address: string;
	/** The device tokens the browser sent. */
	devices: DeviceEntry[];
	check: () => Promise<boolean>;
}

export type GuessResult = { ok: true; devices: DeviceEntry[] } | { ok: false; waitMs: number; devices: DeviceEntry[] };

/**
 * One password guess, throttled as OWASP's device-cookie scheme says: a browser with a valid token for this
 * account is held only by that token's own count (a wrong password counts against it, and its fifth in a row
 * revokes it); any other browser waits by the account's and the address's counts. A correct password gives
 * the browser a fresh token. `devices` is what the browser should keep.
 */
export async function guardedPasswordCheck(db: Db, guess: Guess, now: () => number = Date.now): Promise<GuessResult> {
	let devices = guess.devices;
	const device = guess.owner ? deviceEntryFor(db, devices, guess.owner, now()) : null;
	let result = device ? await deviceAttempt(db, deviceKey(device.nonce), guess.check, now) : 'revoked';
	if (result === 'revoked') {
		if (device) devices = withoutDeviceEntry(devices, device.nonce);
		// Keyed by the account's username, so switching between username and e-mail does not double the tries.
		const keys = { account: accountKey(guess.owner?.username ?? guess.login), address: addressKey(guess.address) };
		result = await throttledAttempt(db, keys, guess.check, now);
	}
	if (result.ok && guess.owner) return { ok: true, devices: issueDeviceEntry(db, devices, guess.owner, now()) };
	if (result.ok) return { ok: false, waitMs: 0, devices };
	return { ...result, devices };
}
