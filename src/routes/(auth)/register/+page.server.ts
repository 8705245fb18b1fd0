import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { signUpTeacher } from '$lib/server/users/register';
import { parseForm, registerForm } from '$lib/server/users/account-forms';
import type { Actions, PageServerLoad } from './$types';

const home = (role: 'teacher' | 'learner') => (role === 'teacher' ? '/teach' : '/learn');

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, home(locals.user.role));
};

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		if (locals.user) redirect(303, home(locals.user.role));
		const input = parseForm(registerForm, await request.formData());
		const answer = await signUpTeacher(getDb(), input, getClientAddress());
		return answer.status === 200 ? answer.body : fail(answer.status, answer.body);
	}
};
