import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignments, classMembers, classes, users } from '../db/schema';

/** Every report starts here: a class or assignment that is not this teacher's is simply not found (→ 404). */
export function ownClass(db: Db, teacherId: string, classId: string) {
	return db
		.select({ id: classes.id, name: classes.name, code: classes.code })
		.from(classes)
		.where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)))
		.get();
}

export function ownAssignment(db: Db, teacherId: string, assignmentId: string) {
	return db
		.select({
			id: assignments.id,
			classId: assignments.classId,
			className: classes.name,
			title: articles.title,
			createdAt: assignments.createdAt,
			dueAt: assignments.dueAt
		})
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, teacherId)))
		.get();
}

const byName = new Intl.Collator('pl', { numeric: true, sensitivity: 'base' });

/** Members of a class in Polish alphabetical order (SQLite's ORDER BY would put Ł after Z and 10 before 2). */
export function classLearners(db: Db, classId: string) {
	const rows = db
		.select({ id: users.id, name: users.displayName, username: users.username })
		.from(classMembers)
		.innerJoin(users, eq(users.id, classMembers.userId))
		.where(and(eq(classMembers.classId, classId), eq(users.role, 'learner')))
		.all();
	return rows.sort((a, b) => byName.compare(a.name, b.name) || a.username.localeCompare(b.username));
}

/** A learner of one of this teacher's classes, with that class. */
export function ownLearner(db: Db, teacherId: string, classId: string, learnerId: string) {
	const cls = ownClass(db, teacherId, classId);
	if (!cls) return undefined;
	const learner = db
		.select({ id: users.id, name: users.displayName, username: users.username })
		.from(classMembers)
		.innerJoin(users, eq(users.id, classMembers.userId))
		.where(and(eq(classMembers.classId, classId), eq(classMembers.userId, learnerId)))
		.get();
	return learner ? { cls, learner } : undefined;
}

export type CellState = 'not-started' | 'in-progress' | 'done';

export function cellState(answered: number | null | undefined, finishedAt: unknown): CellState {
	return finishedAt ? 'done' : answered ? 'in-progress' : 'not-started';
}

export const STATE_LABEL: Record<CellState, string> = {
	'not-started': 'nie zaczęte',
	'in-progress': 'w trakcie',
	done: 'ukończone'
};
