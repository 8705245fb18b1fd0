import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignments, attempts } from '../db/schema';
import type { ClassSummary } from '../access/teacher';
import { attemptState, type AttemptState } from '$lib/domain/attempt-state';
import { classLearners } from './class-learners';
import { classAssignmentsIn, type DateRange } from './range';

interface OverviewCell {
	state: AttemptState;
	answered: number;
	correct: number;
	total: number;
}

/** Learners × assignments of a class the teacher may see (from teacherClass). */
export function classOverview(db: Db, cls: ClassSummary, range: DateRange) {
	const classId = cls.id;
	const learners = classLearners(db, classId);
	const tasks = db
		.select({
			id: assignments.id,
			title: articles.title,
			createdAt: assignments.createdAt,
			dueAt: assignments.dueAt,
			total: sql<number>`(select count(*) from "assignment_questions" "aq" where "aq"."assignment_id" = "assignments"."id")`
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(classAssignmentsIn(classId, range))
		.orderBy(asc(assignments.createdAt))
		.all();

	const rows = db
		.select({
			userId: attempts.userId,
			assignmentId: attempts.assignmentId,
			answered: attempts.answeredCount,
			correct: attempts.correctCount,
			finishedAt: attempts.finishedAt
		})
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.where(eq(assignments.classId, classId))
		.all();
	const byKey = new Map(rows.map((r) => [`${r.userId}|${r.assignmentId}`, r]));

	const grid = learners.map((l) => {
		const cells: OverviewCell[] = tasks.map((t) => {
			const a = byKey.get(`${l.id}|${t.id}`);
			return { state: attemptState(a?.answered, a?.finishedAt), answered: a?.answered ?? 0, correct: a?.correct ?? 0, total: t.total };
		});
		const done = cells.filter((c) => c.state === 'done');
		return { learner: l, cells, done: done.length, average: mean(done.map((c) => c.correct / (c.total || 1))) };
	});
	const columns = tasks.map((t, i) => {
		const cells = grid.map((g) => g.cells[i]);
		const done = cells.filter((c) => c.state === 'done');
		return {
			...t,
			done: done.length,
			started: cells.filter((c) => c.state !== 'not-started').length,
			average: mean(done.map((c) => c.correct / (c.total || 1)))
		};
	});
	return { cls, learners: grid, assignments: columns };
}

function mean(xs: number[]): number | null {
	return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}
