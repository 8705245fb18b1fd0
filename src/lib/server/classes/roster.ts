import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { classMembers, classes, users } from '../db/schema';

// SQLite's lower() and byte order would put Łucja after Zenon.
export const polishOrder = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

export interface RosterEntry {
	id: string;
	displayName: string;
	username: string;
	joinedAt: Date;
}

/** Learners of a class the teacher owns; empty for anyone else's class. */
export function classRoster(db: Db, teacherId: string, classId: string): RosterEntry[] {
	return db
		.select({ id: users.id, displayName: users.displayName, username: users.username, joinedAt: classMembers.joinedAt })
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(users, eq(users.id, classMembers.userId))
		.where(and(eq(classMembers.classId, classId), eq(classes.teacherId, teacherId), eq(users.role, 'learner')))
		.all()
		.sort((a, b) => polishOrder.compare(a.displayName, b.displayName) || polishOrder.compare(a.username, b.username));
}

/** One learner of the teacher's class, or undefined (not a member, not a learner, not the teacher's class). */
export function findClassLearner(db: Db, teacherId: string, classId: string, learnerId: string): RosterEntry | undefined {
	return classRoster(db, teacherId, classId).find((l) => l.id === learnerId);
}

/** Only the membership goes: the account, its answers and its other classes stay. */
export function removeLearner(db: Db, teacherId: string, classId: string, learnerId: string): boolean {
	const own = db.select({ id: classes.id }).from(classes).where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)));
	return (
		db
			.delete(classMembers)
			.where(and(eq(classMembers.classId, classId), eq(classMembers.userId, learnerId), inArray(classMembers.classId, own)))
			.run().changes > 0
	);
}
