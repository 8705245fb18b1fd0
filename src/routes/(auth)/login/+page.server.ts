import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findUserByLogin } from '$lib/server/users/users';
import { verifyPasswordOrDummy } from '$lib/server/auth/password';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { safeNext } from '$lib/server/auth/next';
import { accountKey, addressKey, throttledAttempt, throttleMessage } from '$lib/server/auth/throttle';
import type { Actions, PageServerLoad } from './$types';

const WRONG = 'Nieprawidłowa nazwa użytkownika lub hasło.';
const MAX_LOGIN = 254;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), locals.user.role));
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const form = await request.formData();
		const login = String(form.get('login') ?? '').trim();
		const password = String(form.get('password') ?? '');
		if (!login || !password) return fail(400, { login, message: 'Podaj nazwę użytkownika (lub e-mail) i hasło.' });
		// No account has a longer name or e-mail: refused here, a megabyte "name" never becomes a throttle row.
		if (login.length > MAX_LOGIN) return fail(400, { login: '', message: WRONG });

		const db = getDb();
		const user = findUserByLogin(db, login);
		// Keyed by the account's username, so switching between username and e-mail does not double the tries.
		const keys = { account: accountKey(user?.username ?? login), address: addressKey(getClientAddress()) };
		const result = await throttledAttempt(db, keys, () => verifyPasswordOrDummy(user?.passwordHash, password));
		if (!result.ok && result.waitMs > 0) return fail(429, { login, message: throttleMessage(result.waitMs) });
		if (!result.ok || !user) return fail(400, { login, message: WRONG });
		if (locals.sessionId) invalidateSession(db, locals.sessionId);
		const { token, expiresAt } = createSession(db, user.id);
		setSessionCookie(cookies, token, expiresAt, url.protocol === 'https:');
		redirect(303, safeNext(url.searchParams.get('next'), user.role));
	}
};
