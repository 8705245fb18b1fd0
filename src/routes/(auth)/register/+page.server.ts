import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { registerTeacher } from '$lib/server/users/register';
import { createSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, locals.user.role === 'teacher' ? '/teach' : '/learn');
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals }) => {
		if (locals.user) redirect(303, locals.user.role === 'teacher' ? '/teach' : '/learn');
		const form = await request.formData();
		const displayName = String(form.get('displayName') ?? '');
		const email = String(form.get('email') ?? '');
		const db = getDb();
		const result = await registerTeacher(db, {
			displayName,
			email,
			password: String(form.get('password') ?? ''),
			password2: String(form.get('password2') ?? '')
		});
		if (!result.ok) return fail(400, { displayName, email, message: result.message });
		const { token, expiresAt } = createSession(db, result.id);
		setSessionCookie(cookies, token, expiresAt, url.protocol === 'https:');
		redirect(303, '/teach');
	}
};
