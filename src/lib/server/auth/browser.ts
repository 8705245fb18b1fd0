import type { Cookies } from '@sveltejs/kit';
import { setSessionCookie } from './cookie';
import { writeDeviceCookie, type DeviceEntry } from './device-cookie';
import { createSession } from './session';
import type { Db } from '../db';

/** After a correct password: a new session for this browser and the device tokens it keeps. */
export function signInBrowser(db: Db, cookies: Cookies, userId: string, devices: DeviceEntry[], secure: boolean) {
	const { token, expiresAt } = createSession(db, userId);
	setSessionCookie(cookies, token, expiresAt, secure);
	writeDeviceCookie(cookies, devices, secure);
}
