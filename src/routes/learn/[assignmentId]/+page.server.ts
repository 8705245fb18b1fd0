import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { loadReading } from '$lib/server/learn/reading-view';
import { findLearnerAssignment } from '$lib/server/learn/readings';
import { submitAnswer } from '$lib/server/learn/submit-answer';
import { answerFromForm } from '$lib/server/learn/answer-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const reading = loadReading(getDb(), user.id, event.params.assignmentId);
	if (!reading) error(404, 'Nie znaleziono tej czytanki. Może należy do innej klasy?');
	return reading;
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireLearner(event);
		const db = getDb();
		if (!findLearnerAssignment(db, user.id, event.params.assignmentId)) error(404, 'Nie znaleziono tej czytanki.');
		const form = await event.request.formData();
		const questionId = String(form.get('questionId') ?? '');
		const parsed = answerFromForm(db, questionId, form);
		if (!parsed.ok) return fail(400, { questionId, message: parsed.message });
		const result = submitAnswer(db, user.id, event.params.assignmentId, questionId, parsed.given);
		if (!result.ok) return fail(result.status, { questionId, message: result.message, given: parsed.given });
		return { questionId, saved: true };
	}
};
