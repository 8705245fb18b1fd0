// Changing an assignment after it was made. Both functions touch only an assignment of the teacher's own class
// (the ownership rule of access/teacher.ts, inside the statement) and return false otherwise.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { answers, assignments, attempts, classes } from '../db/schema';

const owned = (teacherId: string, assignmentId: string) =>
	and(
		eq(assignments.id, assignmentId),
		inArray(assignments.classId, sql`(select ${classes.id} from ${classes} where ${classes.teacherId} = ${teacherId})`)
	);

/** null removes the due date. Learners see the new one in their list at once. */
export function changeDueDate(db: Db, teacherId: string, assignmentId: string, dueAt: Date | null): boolean {
	return db.update(assignments).set({ dueAt }).where(owned(teacherId, assignmentId)).run().changes > 0;
}

/** What unassigning would delete, for the confirmation. */
export function unassignImpact(db: Db, assignmentId: string) {
	const row = db
		.select({ learners: sql<number>`count(distinct ${attempts.userId})`, answers: sql<number>`count(${answers.id})` })
		.from(attempts)
		.leftJoin(answers, eq(answers.attemptId, attempts.id))
		.where(eq(attempts.assignmentId, assignmentId))
		.get();
	return { learners: row?.learners ?? 0, answers: row?.answers ?? 0 };
}

/**
 * Deletes the assignment; foreign keys delete its question list, the learners' attempts and answers with it, so
 * it leaves every report. The article, its questions and learners' review cards stay.
 */
export function unassign(db: Db, teacherId: string, assignmentId: string): boolean {
	return db.delete(assignments).where(owned(teacherId, assignmentId)).run().changes > 0;
}
