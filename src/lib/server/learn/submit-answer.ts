import { and, eq, sql } from 'drizzle-orm';
import { checkAnswer } from '$lib/questions/check';
import type { Db } from '../db';
import { perConnection } from '../db/prepared';
import { answers, assignmentQuestions, attempts, type QuestionRow } from '../db/schema';
import { learnerAssignmentQuestion } from '../access/learner';
import { answerFromForm, answerText, questionIdOf } from './answer-form';

const NO_SUCH_QUESTION = 'Nie ma takiego pytania w tym czytaniu.';

export type SubmitResult =
	{ ok: true; duplicate: boolean; answer: typeof answers.$inferSelect } | { ok: false; status: 400 | 404; message: string };

const p = {
	userId: sql.placeholder('userId'),
	assignmentId: sql.placeholder('assignmentId'),
	attemptId: sql.placeholder('attemptId'),
	questionId: sql.placeholder('questionId')
};

// Compiled once per connection; they run on the connection inside the transaction below.
const statements = perConnection((db) => ({
	startAttempt: db
		.insert(attempts)
		.values({ id: sql.placeholder('id'), userId: p.userId, assignmentId: p.assignmentId })
		.onConflictDoNothing()
		.prepare(),
	attempt: db
		.select({ id: attempts.id })
		.from(attempts)
		.where(and(eq(attempts.userId, p.userId), eq(attempts.assignmentId, p.assignmentId)))
		.prepare(),
	existing: db
		.select()
		.from(answers)
		.where(and(eq(answers.attemptId, p.attemptId), eq(answers.questionId, p.questionId)))
		.prepare(),
	insertAnswer: db
		.insert(answers)
		.values({
			id: sql.placeholder('id'),
			attemptId: p.attemptId,
			questionId: p.questionId,
			given: sql.placeholder('given'),
			correct: sql.placeholder('correct'),
			verdict: sql.placeholder('verdict'),
			feedback: sql.placeholder('feedback'),
			answeredAt: sql.placeholder('answeredAt')
		})
		.prepare(),
	count: db
		.update(attempts)
		.set({
			answeredCount: sql`${attempts.answeredCount} + 1`,
			correctCount: sql`${attempts.correctCount} + ${sql.placeholder('correct')}`,
			finishedAt: sql`case when ${attempts.answeredCount} + 1 >= (select count(*) from ${assignmentQuestions} where ${assignmentQuestions.assignmentId} = ${p.assignmentId}) then ${sql.placeholder('now')} else null end`
		})
		.where(eq(attempts.id, p.attemptId))
		.prepare()
}));

/**
 * Saves a learner's first answer to a question of an assignment they may see; any other question id
 * (another article's, another class's assignment) is not found and nothing is saved.
 * A repeated submission (double click, retry after a dropped connection) returns the stored answer unchanged.
 */
export function submitAnswer(db: Db, userId: string, assignmentId: string, questionId: string, given: string): SubmitResult {
	const question = learnerAssignmentQuestion(db, userId, assignmentId, questionId);
	if (!question) return { ok: false, status: 404, message: NO_SUCH_QUESTION };
	return saveAnswer(db, userId, assignmentId, question, given);
}

/**
 * The reading page's answer form: the question is read once, scoped to the learner, both to parse the
 * form (an ordering answer needs its items) and to check the answer.
 */
export function submitAnswerForm(
	db: Db,
	userId: string,
	assignmentId: string,
	form: FormData
): SubmitResult & { questionId: string; given?: string } {
	const questionId = questionIdOf(form);
	const question = learnerAssignmentQuestion(db, userId, assignmentId, questionId);
	if (!question) return { ok: false, status: 404, message: NO_SUCH_QUESTION, questionId };
	const parsed = answerFromForm(question, form);
	if (!parsed.ok) return { ok: false, status: 400, message: parsed.message, questionId };
	return { ...saveAnswer(db, userId, assignmentId, question, parsed.given), questionId, given: parsed.given };
}

/** Only for a question read through learnerAssignmentQuestion for this learner and assignment. */
function saveAnswer(db: Db, userId: string, assignmentId: string, question: QuestionRow, given: string): SubmitResult {
	const questionId = question.id;
	const text = answerText.safeParse(given);
	if (!text.success) return { ok: false, status: 400, message: text.error.issues[0].message };
	const trimmed = text.data;

	const s = statements(db);
	return db.transaction((): SubmitResult => {
		s.startAttempt.run({ id: crypto.randomUUID(), userId, assignmentId });
		const attempt = s.attempt.get({ userId, assignmentId })!;
		const existing = s.existing.get({ attemptId: attempt.id, questionId });
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
		s.insertAnswer.run(row);
		s.count.run({ attemptId: attempt.id, assignmentId, correct: verdict.correct ? 1 : 0, now: Date.now() });
		return { ok: true, duplicate: false, answer: row };
	});
}
