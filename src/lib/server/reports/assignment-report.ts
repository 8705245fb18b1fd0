import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { answers, assignmentQuestions, attempts, questions } from '../db/schema';
import type { TeacherAssignment } from '../access/teacher';
import { attemptState, type AttemptState } from '$lib/domain/attempt-state';
import { classLearners } from './class-learners';
import { analyseItems, type ItemStats } from './item-analysis';
import { ALL_TIME, type DateRange } from './range';

interface LearnerResult {
	id: string;
	name: string;
	username: string;
	state: AttemptState;
	answered: number;
	correct: number;
	finishedAt: Date | null;
	readingSeconds: number;
}

/**
 * One assignment the teacher may see (from teacherAssignment): each learner of the class with their
 * result, and item analysis per question. Learners who left the class are out of both the table and
 * the counts. The date range keeps only answers given within it.
 */
export function assignmentReport(db: Db, assignment: TeacherAssignment, range: DateRange = ALL_TIME) {
	const assignmentId = assignment.id;
	const qs = db
		.select({ id: questions.id, prompt: questions.prompt, answer: questions.answer, skill: questions.skill, type: questions.type })
		.from(assignmentQuestions)
		.innerJoin(questions, eq(questions.id, assignmentQuestions.questionId))
		.where(eq(assignmentQuestions.assignmentId, assignmentId))
		.orderBy(asc(assignmentQuestions.position))
		.all();
	const tries = db
		.select({ id: attempts.id, userId: attempts.userId, finishedAt: attempts.finishedAt, readingSeconds: attempts.readingSeconds })
		.from(attempts)
		.where(eq(attempts.assignmentId, assignmentId))
		.all();
	const given = db
		.select({ userId: attempts.userId, questionId: answers.questionId, correct: answers.correct, given: answers.given })
		.from(attempts)
		.innerJoin(answers, eq(answers.attemptId, attempts.id))
		.where(
			and(
				eq(attempts.assignmentId, assignmentId),
				gte(answers.answeredAt, new Date(range.fromMs)),
				lt(answers.answeredAt, new Date(range.toMs))
			)
		)
		.all();

	const learners = classLearners(db, assignment.classId);
	const members = new Set(learners.map((l) => l.id));
	const inClass = given.filter((a) => members.has(a.userId));
	const counts = new Map<string, { answered: number; correct: number }>();
	for (const a of inClass) {
		const c = counts.get(a.userId) ?? { answered: 0, correct: 0 };
		c.answered++;
		if (a.correct) c.correct++;
		counts.set(a.userId, c);
	}
	const attemptOf = new Map(tries.map((t) => [t.userId, t]));
	const results: LearnerResult[] = learners.map((l) => {
		const c = counts.get(l.id) ?? { answered: 0, correct: 0 };
		const t = attemptOf.get(l.id);
		const filtered = range.from !== null || range.to !== null;
		// With a date filter "finished" means: all questions answered within the range.
		const finished = filtered ? c.answered >= qs.length && qs.length > 0 : !!t?.finishedAt;
		return {
			...l,
			state: attemptState(c.answered, finished ? (t?.finishedAt ?? true) : null),
			answered: c.answered,
			correct: c.correct,
			finishedAt: t?.finishedAt ?? null,
			readingSeconds: t?.readingSeconds ?? 0
		};
	});
	const items: (ItemStats & (typeof qs)[number])[] = analyseItems(
		qs.map((q) => q.id),
		inClass
	).map((s, i) => ({ ...qs[i], ...s }));
	const done = results.filter((r) => r.state === 'done');
	return {
		assignment,
		total: qs.length,
		learners: results,
		items,
		summary: {
			learners: results.length,
			done: done.length,
			started: results.filter((r) => r.state !== 'not-started').length,
			average: done.length && qs.length ? done.reduce((s, r) => s + r.correct / qs.length, 0) / done.length : null
		}
	};
}
