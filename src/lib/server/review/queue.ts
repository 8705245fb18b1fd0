import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { createEmptyCard } from 'ts-fsrs';
import type { Db } from '../db';
import { answers, attempts, questions, reviewCards } from '../db/schema';

/**
 * Wrong answers become review cards lazily, here, rather than in answer submission: submitting stays a
 * single small transaction, and a card is due from the moment of the wrong answer.
 */
function syncReviewCards(db: Db, userId: string) {
	const missing = db
		.select({ questionId: answers.questionId, at: sql<number>`min(${answers.answeredAt})` })
		.from(attempts)
		.innerJoin(answers, eq(answers.attemptId, attempts.id))
		.innerJoin(questions, eq(questions.id, answers.questionId))
		.where(
			and(
				eq(attempts.userId, userId),
				eq(answers.correct, false),
				eq(questions.archived, false),
				sql`not exists (select 1 from ${reviewCards} where ${reviewCards.userId} = ${userId} and ${reviewCards.questionId} = ${answers.questionId})`
			)
		)
		.groupBy(answers.questionId)
		.all();
	if (!missing.length) return 0;
	db.transaction((tx) => {
		for (const m of missing) {
			const card = createEmptyCard(new Date(m.at));
			tx.insert(reviewCards).values({ userId, questionId: m.questionId, card, due: card.due }).onConflictDoNothing().run();
		}
	});
	return missing.length;
}

/** Cards due now (existing ones plus wrong answers that have no card yet), without writing anything. */
export function dueReviewCount(db: Db, userId: string, now: number): number {
	const due = db
		.select({ n: sql<number>`count(*)` })
		.from(reviewCards)
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, new Date(now)), eq(questions.archived, false)))
		.get()!.n;
	const fresh = db
		.select({ n: sql<number>`count(distinct ${answers.questionId})` })
		.from(attempts)
		.innerJoin(answers, eq(answers.attemptId, attempts.id))
		.innerJoin(questions, eq(questions.id, answers.questionId))
		.where(
			and(
				eq(attempts.userId, userId),
				eq(answers.correct, false),
				eq(questions.archived, false),
				sql`not exists (select 1 from ${reviewCards} where ${reviewCards.userId} = ${userId} and ${reviewCards.questionId} = ${answers.questionId})`
			)
		)
		.get()!.n;
	return due + fresh;
}

/** The review queue: due questions, the longest-waiting first, and when the next one comes due. */
export function reviewQueue(db: Db, userId: string, now = Date.now(), limit = 20) {
	syncReviewCards(db, userId);
	const base = and(eq(reviewCards.userId, userId), eq(questions.archived, false));
	const due = db
		.select({
			questionId: questions.id,
			type: questions.type,
			prompt: questions.prompt,
			options: questions.options,
			skill: questions.skill,
			due: reviewCards.due,
			reviews: reviewCards.reviews
		})
		.from(reviewCards)
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.where(and(base, lte(reviewCards.due, new Date(now))))
		.orderBy(asc(reviewCards.due))
		.limit(limit)
		.all();
	const counts = db
		.select({
			due: sql<number>`coalesce(sum(${reviewCards.due} <= ${now}), 0)`,
			total: sql<number>`count(*)`,
			next: sql<number | null>`min(case when ${reviewCards.due} > ${now} then ${reviewCards.due} end)`
		})
		.from(reviewCards)
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.where(base)
		.get()!;
	return { due, dueCount: counts.due, total: counts.total, nextDue: counts.next };
}
