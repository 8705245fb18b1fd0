import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherClassOr404 } from '$lib/server/access';
import { archiveClass, regenerateClassCode, renameClass, restoreClass } from '$lib/server/classes/teacher-classes';
import { classRoster, removeLearner } from '$lib/server/classes/roster';
import { insertLearners, prepareLogins, resetLearnerPassword } from '$lib/server/classes/learner-accounts';
import { eraseLearner } from '$lib/server/classes/erasure';
import { createOnce, issueFormToken, readFormToken } from '$lib/server/forms/once';
import { planNames } from '$lib/learner-names';
import { classNameForm, newLearnersForm } from '$lib/server/classes/forms';
import { formValues, parseForm, parseValues } from '$lib/server/forms/parse';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const found = teacherClassOr404(db, user.id, event.params.classId);
	return {
		cls: found,
		roster: classRoster(db, user.id, found.id),
		formToken: issueFormToken(db, user.id, `learners:${found.id}`),
		joinLink: `${event.url.origin}/join?kod=${found.code}`,
		loginUrl: `${event.url.origin}/login`
	};
};

/** Every action: teacher only (403 otherwise), own class only (404 otherwise), then the form. */
async function guarded(event: RequestEvent) {
	const user = requireTeacher(event);
	const db = getDb();
	const found = teacherClassOr404(db, user.id, event.params.classId);
	// Passwords may be in the answer: never keep it in a cache.
	event.setHeaders({ 'cache-control': 'no-store' });
	return { user, db, cls: found, form: await event.request.formData() };
}

/** An id checked by the query that uses it: another class's learner or a made-up id is a 404. */
const learnerId = (form: FormData) => formValues(z.object({ learnerId: z.string() }), form).learnerId;

export const actions: Actions = {
	rename: async (event) => {
		const { user, db, cls, form } = await guarded(event);
		const parsed = parseForm(classNameForm, form);
		if (!parsed.ok) return fail(400, { action: 'rename' as const, name: parsed.values.name, message: parsed.message });
		renameClass(db, user.id, cls.id, parsed.data.name);
		return { action: 'rename' as const, done: 'Zmieniono nazwę klasy.' };
	},
	archive: async (event) => {
		const { user, db, cls } = await guarded(event);
		archiveClass(db, user.id, cls.id);
		return { action: 'archive' as const, done: 'Klasa jest w archiwum. Uczniowie jej nie widzą, a kod nie działa.' };
	},
	restore: async (event) => {
		const { user, db, cls } = await guarded(event);
		restoreClass(db, user.id, cls.id);
		return { action: 'archive' as const, done: 'Klasa wróciła z archiwum. Kod znów działa.' };
	},
	regenerate: async (event) => {
		const { user, db, cls } = await guarded(event);
		const code = regenerateClassCode(db, user.id, cls.id);
		return { action: 'code' as const, done: `Nowy kod klasy: ${code}. Poprzedni już nie działa.` };
	},
	remove: async (event) => {
		const { user, db, cls, form } = await guarded(event);
		if (!removeLearner(db, user.id, cls.id, learnerId(form))) error(404, 'Nie ma takiego ucznia w tej klasie.');
		return { action: 'roster' as const, done: 'Usunięto ucznia z klasy. Jego konto, odpowiedzi i inne klasy zostały bez zmian.' };
	},
	deleteAccount: async (event) => {
		const { user, db, cls, form } = await guarded(event);
		const erased = eraseLearner(db, user.id, cls.id, learnerId(form));
		if (erased === 'not-found') error(404, 'Nie ma takiego ucznia w tej klasie.');
		if (erased === 'not-creator') error(403, 'Ten uczeń sam założył konto. Możesz go tylko usunąć z klasy.');
		return { action: 'roster' as const, done: `Usunięto konto ${erased.username} i wszystkie dane ucznia.` };
	},
	resetPassword: async (event) => {
		const { user, db, cls, form } = await guarded(event);
		const login = await resetLearnerPassword(db, user.id, cls.id, learnerId(form));
		if (login === 'not-found') error(404, 'Nie ma takiego ucznia w tej klasie.');
		if (login === 'not-creator') error(403, 'Ten uczeń sam założył konto i sam zmienia hasło (na stronie „Moje konto”).');
		return { action: 'logins' as const, reset: true, logins: [login] };
	},
	createLearners: async (event) => {
		const { user, db, cls, form } = await guarded(event);
		const sent = formValues(newLearnersForm, form);
		const parsed = parseValues(newLearnersForm, sent);
		if (!parsed.ok) return fail(400, { action: 'create' as const, names: sent.names, message: parsed.message });
		const { names, repeatsOk } = parsed.data;
		const { repeats } = planNames(
			names,
			classRoster(db, user.id, cls.id).map((l) => l.displayName)
		);
		// Only repeats within the batch need a look: a retried post finds its own learners in the class.
		if (!repeatsOk && new Set(names.map((n) => n.toLocaleLowerCase('pl'))).size < names.length)
			return fail(400, { action: 'create' as const, names: sent.names, repeats });
		const prepared = await prepareLogins(names);
		const made = createOnce(db, user.id, `learners:${cls.id}`, readFormToken(form), () => insertLearners(db, user.id, cls.id, prepared));
		if (!made.ok) return fail(400, { action: 'create' as const, names: sent.names, message: made.message });
		return { action: 'logins' as const, reset: false, logins: made.result };
	}
};
