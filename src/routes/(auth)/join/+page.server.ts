import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findOpenClassByCode, joinClass } from '$lib/server/classes/membership';
import { createUser, findUserByLogin, normalizeUsername } from '$lib/server/users/users';
import { displayNameProblem, passwordProblem, usernameProblem } from '$lib/server/users/validate';
import { createSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { isUniqueViolation } from '$lib/server/db/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => ({
	code: url.searchParams.get('kod') ?? '',
	signedInLearner: locals.user?.role === 'learner'
});

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const code = String(form.get('code') ?? '');
		const db = getDb();
		const found = findOpenClassByCode(db, code);
		const username = normalizeUsername(String(form.get('username') ?? ''));
		const displayName = String(form.get('displayName') ?? '').trim();
		const keep = { code, username, displayName };
		if (!found) return fail(400, { ...keep, message: 'Nie ma klasy o takim kodzie. Sprawdź kod u nauczyciela.' });

		if (locals.user) {
			if (locals.user.role !== 'learner') return fail(403, { ...keep, message: 'Do klasy dołączają uczniowie.' });
			joinClass(db, found.id, locals.user.id);
			redirect(303, '/learn');
		}

		const password = String(form.get('password') ?? '');
		const problem = displayNameProblem(displayName) ?? usernameProblem(username) ?? passwordProblem(password, String(form.get('password2') ?? ''));
		if (problem) return fail(400, { ...keep, message: problem });
		if (findUserByLogin(db, username)) return fail(400, { ...keep, message: 'Ta nazwa użytkownika jest już zajęta. Wybierz inną.' });

		let user;
		try {
			user = await createUser(db, { username, displayName, role: 'learner', password });
		} catch (e) {
			if (isUniqueViolation(e)) return fail(400, { ...keep, message: 'Ta nazwa użytkownika jest już zajęta. Wybierz inną.' });
			throw e;
		}
		joinClass(db, found.id, user.id);
		const { token, expiresAt } = createSession(db, user.id);
		setSessionCookie(cookies, token, expiresAt, url.protocol === 'https:');
		redirect(303, '/learn');
	}
};
