import { and, eq, sql } from 'drizzle-orm';
import { checkAnswer } from '$lib/questions/check';
import type { Db } from '../db';
import { answers, assignmentQuestions, attempts } from '../db/schema';
import { learnerAssignmentQuestion } from '../access/learner';
import { answerText } from './answer-form';

export const NO_SUCH_QUESTION = 'Nie ma takiego pytania w tym czytaniu.';

export type SubmitResult =
	{ ok: true; duplicate: boolean; answer: typeof answers.$inferSelect } | { ok: false; status: 400 | 404; message: string };

/**
 * Saves a learner's first answer to a question of an assignment they may see; any other question id
 * (another article's, another class's assignment) is not found and nothing is saved.
 * A repeated submission (double click, retry after a dropped connection) returns the stored answer unchanged.
 */
export function submitAnswer(db: Db, userId: string, assignmentId: string, questionId: string, given: string): SubmitResult {
	const question = learnerAssignmentQuestion(db, userId, assignmentId, questionId);
	if (!question) return { ok: false, status: 404, message: NO_SUCH_QUESTION };
	const text = answerText.safeParse(given);
	if (!text.success) return { ok: false, status: 400, message: text.error.issues[0].message };
	const trimmed = text.data;

	return db.transaction((tx): SubmitResult => {
		tx.insert(attempts).values({ id: crypto.randomUUID(), userId, assignmentId }).onConflictDoNothing().run();
		const attempt = tx
			.select({ id: attempts.id })
			.from(attempts)
			.where(and(eq(attempts.userId, userId), eq(attempts.assignmentId, assignmentId)))
			.get()!;
		const existing = tx
			.select()
			.from(answers)
			.where(and(eq(answers.attemptId, attempt.id), eq(answers.questionId, questionId)))
			.get();
		if (existing) return { ok: true, duplicate: true, answer: existing };

		const verdict = checkAnswer(
			{ answer: question.answer, accept: question.accept, options: question.options, type: question.type },
			trimmed
		);
		const row = {
			id: crypto.randomUUID(),
			attemptId: attempt.id,
			questionId,
			given: trimmed,
			correct: verdict.correct,
			verdict: verdict.kind,
			// Stored is only the note: the page shows right/wrong and the correct answer itself.
			feedback: verdict.note ?? '',
			answeredAt: new Date()
		};
		tx.insert(answers).values(row).run();
		const total = sql`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.assignmentId} = ${assignmentId})`;
		tx.update(attempts)
			.set({
				answeredCount: sql`${attempts.answeredCount} + 1`,
				correctCount: sql`${attempts.correctCount} + ${verdict.correct ? 1 : 0}`,
				finishedAt: sql`case when ${attempts.answeredCount} + 1 >= ${total} then ${Date.now()} else null end`
			})
			.where(eq(attempts.id, attempt.id))
			.run();
		return { ok: true, duplicate: false, answer: row };
	});
}
