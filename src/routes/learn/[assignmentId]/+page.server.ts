import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { learnerAssignmentOr404, learnerAssignmentQuestion, requireLearner } from '$lib/server/access';
import { loadReading } from '$lib/server/learn/reading-view';
import { NO_SUCH_QUESTION, submitAnswer } from '$lib/server/learn/submit-answer';
import { answerFromForm, questionIdOf } from '$lib/server/learn/answer-form';
import { keyWords } from '$lib/server/words/article-vocab';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const assignment = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
	return { ...loadReading(db, user.id, assignment), keyWords: keyWords(db, assignment.articleId).words };
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireLearner(event);
		const db = getDb();
		const assignment = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
		const form = await event.request.formData();
		const questionId = questionIdOf(form);
		const question = learnerAssignmentQuestion(db, user.id, assignment.id, questionId);
		if (!question) return fail(404, { questionId, message: NO_SUCH_QUESTION });
		const parsed = answerFromForm(question, form);
		if (!parsed.ok) return fail(400, { questionId, message: parsed.message });
		const result = submitAnswer(db, user.id, assignment.id, questionId, parsed.given);
		if (!result.ok) return fail(result.status, { questionId, message: result.message, given: parsed.given });
		return { questionId, saved: true };
	}
};
