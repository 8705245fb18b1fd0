import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { answers, articles, assignments, attempts, questions } from '../db/schema';
import { trend, weeklyAverages } from '../progress/stats';
import type { TeacherLearner } from '../access/teacher';
import { attemptState } from '$lib/domain/attempt-state';
import { classAssignmentsIn, type DateRange } from './range';

/** A learner of a class the teacher may see (from teacherLearner): every assignment of the class with their result, trend and skills. */
export function learnerReport(db: Db, found: TeacherLearner, range: DateRange) {
	const classId = found.cls.id;
	const learnerId = found.learner.id;
	const rows = db
		.select({
			assignmentId: assignments.id,
			title: articles.title,
			createdAt: assignments.createdAt,
			dueAt: assignments.dueAt,
			total: sql<number>`(select count(*) from "assignment_questions" "aq" where "aq"."assignment_id" = "assignments"."id")`,
			answered: attempts.answeredCount,
			correct: attempts.correctCount,
			finishedAt: attempts.finishedAt,
			readingSeconds: attempts.readingSeconds
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.leftJoin(attempts, and(eq(attempts.assignmentId, assignments.id), eq(attempts.userId, learnerId)))
		.where(classAssignmentsIn(classId, range))
		.orderBy(asc(assignments.createdAt))
		.all();
	const history = rows.map((r) => ({
		...r,
		answered: r.answered ?? 0,
		correct: r.correct ?? 0,
		readingSeconds: r.readingSeconds ?? 0,
		state: attemptState(r.answered, r.finishedAt)
	}));
	const finished = history.filter((h) => h.finishedAt && h.total > 0);
	const weeks = weeklyAverages(finished.map((h) => ({ at: h.finishedAt!.getTime(), score: h.correct / h.total })));

	const skills = db
		.select({
			skill: questions.skill,
			answered: sql<number>`count(*)`,
			correct: sql<number>`sum(${answers.correct})`
		})
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.innerJoin(answers, eq(answers.attemptId, attempts.id))
		.innerJoin(questions, eq(questions.id, answers.questionId))
		.where(and(eq(attempts.userId, learnerId), classAssignmentsIn(classId, range)))
		.groupBy(questions.skill)
		.all();

	return {
		...found,
		history,
		weeks,
		trend: trend(weeks),
		skills,
		summary: {
			assigned: history.length,
			done: finished.length,
			average: finished.length ? finished.reduce((s, h) => s + h.correct / h.total, 0) / finished.length : null,
			readingSeconds: history.reduce((s, h) => s + h.readingSeconds, 0)
		}
	};
}
