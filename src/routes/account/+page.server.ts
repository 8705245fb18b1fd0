import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/access';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { accountKey, addressKey, throttledAttempt, throttleMessage } from '$lib/server/auth/throttle';
import { currentPasswordMatches, newPasswordProblem, replacePassword } from '$lib/server/users/password-change';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const email = getDb().select({ email: users.email }).from(users).where(eq(users.id, user.id)).get()?.email ?? null;
	return { account: { displayName: user.displayName, username: user.username, email, role: user.role } };
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const current = String(form.get('current') ?? '');
		const next = String(form.get('next') ?? '');
		const problem = newPasswordProblem(current, next, String(form.get('next2') ?? ''));
		if (problem) return fail(400, { message: problem });
		const db = getDb();
		// The current password is a password guess like any sign-in, so it shares the sign-in limits.
		const keys = { account: accountKey(user.username), address: addressKey(event.getClientAddress()) };
		const result = await throttledAttempt(db, keys, () => currentPasswordMatches(db, user.id, current));
		if (!result.ok) {
			const message = result.waitMs > 0 ? throttleMessage(result.waitMs) : 'Obecne hasło jest nieprawidłowe.';
			return fail(result.waitMs > 0 ? 429 : 400, { message });
		}
		const { token, expiresAt } = await replacePassword(db, user.id, next);
		setSessionCookie(event.cookies, token, expiresAt, event.url.protocol === 'https:');
		return { done: 'Hasło zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.' };
	}
};
