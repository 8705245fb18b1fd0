import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { soloForm } from '$lib/server/users/account-forms';
import { formValues, parseValues } from '$lib/server/forms/parse';
import { signUpSoloLearner } from '$lib/server/users/learner-signup';
import { normalizeUsername } from '$lib/server/users/users';
import { signInBrowser } from '$lib/server/auth/browser';
import { issueDeviceEntry, readDeviceCookie } from '$lib/server/auth/device-cookie';
import type { Actions, PageServerLoad } from './$types';

/** Where a new self-study learner goes first: the short placement. */
const FIRST_PAGE = '/learn/poziom';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, locals.user.role === 'teacher' ? '/teach' : '/learn');
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		if (locals.user) redirect(303, locals.user.role === 'teacher' ? '/teach' : '/learn');
		const values = formValues(soloForm, await request.formData());
		// The passwords never go back to the page.
		const keep = { ...values, username: normalizeUsername(values.username), password: '', password2: '' };
		const form = parseValues(soloForm, values);
		if (!form.ok) return fail(400, { values: keep, message: form.message });
		const db = getDb();
		const result = await signUpSoloLearner(db, form.data, getClientAddress());
		if (!result.ok) return fail(result.status, { values: keep, message: result.message });
		// The password was just chosen here, so this browser is the owner's device from the start.
		const devices = issueDeviceEntry(db, readDeviceCookie(cookies), result.user);
		signInBrowser(db, cookies, result.user.id, devices, url.protocol === 'https:');
		redirect(303, FIRST_PAGE);
	}
};
