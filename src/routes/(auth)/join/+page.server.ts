import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findOpenClassByCode, joinClass } from '$lib/server/classes/membership';
import { normalizeUsername } from '$lib/server/users/users';
import { joinForm, parseForm } from '$lib/server/users/account-forms';
import { signUpLearner } from '$lib/server/users/learner-signup';
import { signInBrowser } from '$lib/server/auth/browser';
import { issueDeviceEntry, readDeviceCookie } from '$lib/server/auth/device-cookie';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => ({
	code: url.searchParams.get('kod') ?? '',
	signedInLearner: locals.user?.role === 'learner'
});

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const input = parseForm(joinForm, await request.formData());
		const db = getDb();
		const found = findOpenClassByCode(db, input.code);
		const keep = { code: input.code, username: normalizeUsername(input.username), displayName: input.displayName };
		if (!found) return fail(400, { ...keep, message: 'Nie ma klasy o takim kodzie. Sprawdź kod u nauczyciela.' });

		if (locals.user) {
			if (locals.user.role !== 'learner') return fail(403, { ...keep, message: 'Do klasy dołączają uczniowie.' });
			joinClass(db, found.id, locals.user.id);
			redirect(303, '/learn');
		}

		const result = await signUpLearner(db, found.id, input, getClientAddress());
		if (!result.ok) return fail(result.status, { ...keep, message: result.message });
		// The password was just chosen here, so this browser is the owner's device from the start.
		const devices = issueDeviceEntry(db, readDeviceCookie(cookies), result.user);
		signInBrowser(db, cookies, result.user.id, devices, url.protocol === 'https:');
		redirect(303, '/learn');
	}
};
