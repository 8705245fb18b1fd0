import { and, eq, sql } from 'drizzle-orm';
import { fsrs, Rating, type CardInput } from 'ts-fsrs';
import type { ExpectedAnswer, Verdict } from '$lib/questions/types';
import type { Db } from '../db';
import { reviewCards, reviewLog } from '../db/schema';
import { learnerReviewCard } from '../access/learner';
import { answerText } from '../learn/answer-form';

export type Checker = (expected: ExpectedAnswer, given: string) => Verdict;

/** No fuzz: the same answers give the same schedule, which tests and learners can rely on. */
const scheduler = fsrs({ enable_fuzz: false });

export const NOT_IN_REVIEW = 'Tego pytania nie ma w Twoich powtórkach.';

export type ReviewResult =
	| {
			ok: true;
			correct: boolean;
			feedback: string;
			prompt: string;
			given: string;
			answer: string;
			sentence: string;
			nextDue: Date;
	  }
	| { ok: false; status: 400 | 404 | 409; message: string };

/**
 * Checks a review answer the same way as in a reading (the checker is passed in, so tests need not load the
 * Polish engine), then reschedules the card: right → Good, wrong → Again, and logs the review.
 */
export function submitReview(db: Db, userId: string, questionId: string, given: string, check: Checker, now = Date.now()): ReviewResult {
	const row = learnerReviewCard(db, userId, questionId);
	if (!row) return { ok: false, status: 404, message: NOT_IN_REVIEW };
	if (row.due.getTime() > now) return { ok: false, status: 409, message: 'To pytanie już powtórzono. Wróci później.' };
	const text = answerText.safeParse(given);
	if (!text.success) return { ok: false, status: 400, message: text.error.issues[0].message };
	const trimmed = text.data;

	const q = row.q;
	const verdict = check({ answer: q.answer, accept: q.accept, options: q.options, type: q.type }, trimmed);
	const next = scheduler.next(row.card as CardInput, new Date(now), verdict.correct ? Rating.Good : Rating.Again).card;
	db.transaction((tx) => {
		tx.update(reviewCards)
			.set({ card: next, due: next.due, reviews: sql`${reviewCards.reviews} + 1`, lastCorrect: verdict.correct })
			.where(and(eq(reviewCards.userId, userId), eq(reviewCards.questionId, questionId)))
			.run();
		tx.insert(reviewLog)
			.values({ id: crypto.randomUUID(), userId, questionId, given: trimmed, correct: verdict.correct, reviewedAt: new Date(now) })
			.run();
	});
	const evidence = q.evidence;
	return {
		ok: true,
		correct: verdict.correct,
		feedback: verdict.note ?? '',
		prompt: q.prompt,
		given: trimmed,
		answer: q.answer,
		sentence: evidence?.sentence ?? '',
		nextDue: next.due
	};
}
