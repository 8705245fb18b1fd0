import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { parseForm } from '$lib/server/forms/parse';
import { learnerProfiles } from '$lib/server/db/schema';
import { learnerLevel } from '$lib/server/solo/level';
import { changeReason, PLACEMENT_PASS } from '$lib/server/solo/level-rules';
import { selfLevelForm } from '$lib/server/solo/level-forms';
import { unreadTexts } from '$lib/server/solo/next-reading';
import { openPersonalReading, QUESTIONS_PER_READING } from '$lib/server/solo/personal-readings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const found = learnerLevel(getDb(), user.id);
	if (!found) return { level: null };
	const { placement, level, changes } = found;
	const last = changes[changes.length - 1];
	return { level, reason: changeReason(last), placement, questions: QUESTIONS_PER_READING.placement, pass: PLACEMENT_PASS };
};

export const actions: Actions = {
	rate: async (event) => {
		const user = requireLearner(event);
		const form = parseForm(selfLevelForm, await event.request.formData());
		if (!form.ok) return fail(400, { message: form.message });
		getDb().insert(learnerProfiles).values({ userId: user.id, selfLevel: form.data.selfLevel }).onConflictDoNothing().run();
		redirect(303, '/learn/poziom');
	},
	/** Opens the placement's next reading; a second press (or an old tab) goes to the step already open. */
	step: (event) => {
		const user = requireLearner(event);
		const db = getDb();
		const found = learnerLevel(db, user.id);
		if (!found) redirect(303, '/learn/poziom');
		const p = found.placement;
		if (p.state === 'done') redirect(303, '/learn/poziom');
		if (p.next.assignmentId) redirect(303, `/learn/${p.next.assignmentId}`);
		const text = unreadTexts(db, user.id, p.next.level)[0];
		if (!text)
			return fail(409, { message: `Przeczytano już wszystkie teksty na poziomie ${p.next.level}, więc test nie ma czego pokazać.` });
		redirect(303, `/learn/${openPersonalReading(db, user.id, text.articleId, 'placement')}`);
	}
};
