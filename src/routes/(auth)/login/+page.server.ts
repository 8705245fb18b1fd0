import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findUserByLogin } from '$lib/server/users/users';
import { loginForm, parseForm } from '$lib/server/users/account-forms';
import { verifyPasswordOrDummy } from '$lib/server/auth/password';
import { invalidateSession } from '$lib/server/auth/session';
import { signInBrowser } from '$lib/server/auth/browser';
import { readDeviceCookie, writeDeviceCookie } from '$lib/server/auth/device-cookie';
import { guardedPasswordCheck } from '$lib/server/auth/guarded-check';
import { safeNext } from '$lib/server/auth/next';
import { throttleMessage } from '$lib/server/auth/throttle';
import type { Actions, PageServerLoad } from './$types';

const WRONG = 'Nieprawidłowa nazwa użytkownika lub hasło.';
const MAX_LOGIN = 254;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), locals.user.role));
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const { login, password } = parseForm(loginForm, await request.formData());
		if (!login || !password) return fail(400, { login, message: 'Podaj nazwę użytkownika (lub e-mail) i hasło.' });
		// No account has a longer name or e-mail: refused here, a megabyte "name" never becomes a throttle row.
		if (login.length > MAX_LOGIN) return fail(400, { login: '', message: WRONG });

		const db = getDb();
		const user = findUserByLogin(db, login);
		const secure = url.protocol === 'https:';
		const devices = readDeviceCookie(cookies);
		const result = await guardedPasswordCheck(db, {
			owner: user,
			login,
			address: getClientAddress(),
			devices,
			check: () => verifyPasswordOrDummy(user?.passwordHash, password)
		});
		if (!result.ok || !user) {
			// A token revoked by this failure leaves the browser.
			if (result.devices !== devices) writeDeviceCookie(cookies, result.devices, secure);
			if (!result.ok && result.waitMs > 0) return fail(429, { login, message: throttleMessage(result.waitMs) });
			return fail(400, { login, message: WRONG });
		}
		if (locals.sessionId) invalidateSession(db, locals.sessionId);
		signInBrowser(db, cookies, user.id, result.devices, secure);
		redirect(303, safeNext(url.searchParams.get('next'), user.role));
	}
};
