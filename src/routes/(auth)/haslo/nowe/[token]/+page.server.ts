import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/forms/parse';
import { GONE, resetAccount, resetPassword } from '$lib/server/users/password-reset';
import { newPasswordForm } from '$lib/server/users/reset-forms';
import type { Actions, PageServerLoad } from './$types';

// Opening the link uses nothing up (mail scanners open links too); only setting the password does.
export const load: PageServerLoad = ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const account = resetAccount(getDb(), params.token);
	return account ? { email: account.email, gone: null } : { email: null, gone: GONE };
};

// After the reset the teacher signs in as usual (and gets a device cookie there), as OWASP advises: one way
// into a session, not a second one here. See docs/decisions.md, "Password recovery".
export const actions: Actions = {
	default: async ({ params, request }) => {
		const form = parseForm(newPasswordForm, await request.formData());
		if (!form.ok) return fail(400, { gone: false, message: form.message });
		const result = await resetPassword(getDb(), params.token, form.data);
		if (!result.ok) return fail(result.status, { gone: result.status === 410, message: result.message });
		return { done: true };
	}
};
