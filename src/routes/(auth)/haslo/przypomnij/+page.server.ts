import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { parseForm } from '$lib/server/forms/parse';
import { appMailSettings } from '$lib/server/mail/settings';
import { sendMail, type Mail } from '$lib/server/mail/send';
import { requestPasswordReset } from '$lib/server/users/password-reset';
import { forgotForm } from '$lib/server/users/reset-forms';
import type { Actions, PageServerLoad } from './$types';

// Without mail there is no form: nobody could receive a link, and a request would only cancel the one
// the administrator handed out (scripts/admin.ts).
export const load: PageServerLoad = () => ({ mail: appMailSettings() !== null });

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const settings = appMailSettings();
		if (!settings) return fail(503, { email: '', message: 'Czytanka w tej szkole nie wysyła e-maili.' });
		const form = parseForm(forgotForm, await request.formData());
		if (!form.ok) return fail(400, { email: form.values.email.slice(0, 254), message: form.message });
		const delivery = { origin: settings.origin, send: (mail: Mail) => sendMail(settings, mail) };
		const answer = requestPasswordReset(getDb(), form.data.email, getClientAddress(), delivery);
		return answer.status === 200 ? answer.body : fail(answer.status, answer.body);
	}
};
