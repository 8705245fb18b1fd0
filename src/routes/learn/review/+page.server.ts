import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { learnerReviewCard, requireLearner } from '$lib/server/access';
import { answerFromForm, questionIdOf } from '$lib/server/learn/answer-form';
import { reviewQueue } from '$lib/server/review/queue';
import { NOT_IN_REVIEW, submitReview } from '$lib/server/review/submit-review';
import { checkAnswer } from '$lib/questions/check';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const queue = reviewQueue(getDb(), user.id, Date.now(), 1);
	return { next: queue.due[0] ?? null, dueCount: queue.dueCount, total: queue.total, nextDue: queue.nextDue };
};

export const actions: Actions = {
	answer: async (event) => {
		const user = requireLearner(event);
		const db = getDb();
		const form = await event.request.formData();
		const questionId = questionIdOf(form);
		const card = learnerReviewCard(db, user.id, questionId);
		if (!card) return fail(404, { questionId, message: NOT_IN_REVIEW });
		const parsed = answerFromForm(card.q, form);
		if (!parsed.ok) return fail(400, { questionId, message: parsed.message });
		const result = submitReview(db, user.id, questionId, parsed.given, checkAnswer);
		if (!result.ok) return fail(result.status, { questionId, message: result.message });
		return { result };
	}
};
