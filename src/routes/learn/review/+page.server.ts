import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { learnerReviewCard, requireLearner } from '$lib/server/access';
import { answerFromForm, questionIdOf } from '$lib/server/learn/answer-form';
import { formValues } from '$lib/server/forms/parse';
import { reviewQueue } from '$lib/server/review/queue';
import { NOT_IN_REVIEW, submitReview } from '$lib/server/review/submit-review';
import { dueWordCards, submitWordReview, wordReviewCounts } from '$lib/server/words/word-review';
import { checkAnswer } from '$lib/questions/check';
import { WORD_CARD_KINDS, type WordCardKind } from '$lib/domain/word-status';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const now = Date.now();
	const queue = reviewQueue(db, user.id, now, 1);
	const words = wordReviewCounts(db, user.id, now);
	const question = queue.due[0] ?? null;
	const word = dueWordCards(db, user.id, now, 1)[0] ?? null;
	// One card at a time, whichever has waited longer.
	const wordFirst = word && (!question || word.due.getTime() <= question.due.getTime());
	const next = [queue.nextDue, words.next].filter((t): t is number => t !== null);
	return {
		next: wordFirst ? null : question,
		word: wordFirst ? word : null,
		dueCount: queue.dueCount,
		wordsDue: words.due,
		total: queue.total + words.total,
		nextDue: next.length ? Math.min(...next) : null
	};
};

const wordAnswer = z.object({ wordId: z.string(), kind: z.string(), remembered: z.string(), answer: z.string() });

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
	},
	word: async (event) => {
		const user = requireLearner(event);
		const f = formValues(wordAnswer, await event.request.formData());
		if (!(WORD_CARD_KINDS as readonly string[]).includes(f.kind)) error(400, 'Nie ma takiej karty.');
		const kind = f.kind as WordCardKind;
		const answer = kind === 'meaning' ? { remembered: f.remembered === 'tak' } : { given: f.answer };
		// The word is looked up scoped to the learner inside: another learner's word id is a 404.
		const result = submitWordReview(getDb(), user.id, f.wordId, kind, answer, checkAnswer);
		if (!result.ok) return fail(result.status, { wordId: f.wordId, message: result.message });
		return { wordResult: { ...result, kind } };
	}
};
