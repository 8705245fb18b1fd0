import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/access';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { issueDeviceEntry, readDeviceCookie, writeDeviceCookie } from '$lib/server/auth/device-cookie';
import { guardedPasswordCheck } from '$lib/server/auth/guarded-check';
import { throttleMessage } from '$lib/server/auth/throttle';
import { parseForm, passwordForm } from '$lib/server/users/account-forms';
import { currentPasswordMatches, newPasswordProblem, replacePassword } from '$lib/server/users/password-change';
import type { Actions, PageServerLoad } from './$types';

function accountRow(userId: string) {
	return getDb().select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
}

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const email = accountRow(user.id)?.email ?? null;
	return { account: { displayName: user.displayName, username: user.username, email, role: user.role } };
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const { current, next, next2 } = parseForm(passwordForm, await event.request.formData());
		const row = accountRow(user.id);
		if (!row) return fail(400, { message: 'Nie znaleziono konta.' });
		const problem = await newPasswordProblem(current, next, next2, {
			displayName: user.displayName,
			username: user.username,
			email: row.email
		});
		if (problem) return fail(400, { message: problem });
		const db = getDb();
		const secure = event.url.protocol === 'https:';
		// The current password is a password guess like any sign-in, so it is throttled the same way.
		const devices = readDeviceCookie(event.cookies);
		const result = await guardedPasswordCheck(db, {
			owner: { id: user.id, username: user.username, passwordHash: row.passwordHash },
			login: user.username,
			address: event.getClientAddress(),
			devices,
			check: () => currentPasswordMatches(db, user.id, current)
		});
		if (!result.ok) {
			if (result.devices !== devices) writeDeviceCookie(event.cookies, result.devices, secure);
			const message = result.waitMs > 0 ? throttleMessage(result.waitMs) : 'Obecne hasło jest nieprawidłowe.';
			return fail(result.waitMs > 0 ? 429 : 400, { message });
		}
		const { token, expiresAt, passwordHash } = await replacePassword(db, user.id, next);
		setSessionCookie(event.cookies, token, expiresAt, secure);
		// Tokens are signed with the password hash, so every older one just ended; this browser gets a new one.
		writeDeviceCookie(event.cookies, issueDeviceEntry(db, result.devices, { id: user.id, passwordHash }), secure);
		return { done: 'Hasło zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.' };
	}
};
