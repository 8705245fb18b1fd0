import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { classMembers, classes, users } from '../db/schema';
import { ownClass } from '../access/teacher';
import { mayResetPassword } from './reset-rule';

// SQLite's lower() and byte order would put Łucja after Zenon.
export const polishOrder = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

export interface RosterEntry {
	id: string;
	displayName: string;
	username: string;
	joinedAt: Date;
	/** The teacher made this account, so may give it a new password (see mayResetPassword). */
	resettable: boolean;
}

/** Learners of a class the teacher owns; empty for anyone else's class. */
export function classRoster(db: Pick<Db, 'select'>, teacherId: string, classId: string): RosterEntry[] {
	return db
		.select({
			id: users.id,
			displayName: users.displayName,
			username: users.username,
			joinedAt: classMembers.joinedAt,
			createdBy: users.createdBy
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(users, eq(users.id, classMembers.userId))
		.where(and(ownClass(teacherId, classId), eq(users.role, 'learner')))
		.all()
		.map(({ createdBy, ...entry }) => ({ ...entry, resettable: mayResetPassword(createdBy, teacherId) }))
		.sort((a, b) => polishOrder.compare(a.displayName, b.displayName) || polishOrder.compare(a.username, b.username));
}

/** Only the membership goes: the account, its answers and its other classes stay. */
export function removeLearner(db: Db, teacherId: string, classId: string, learnerId: string): boolean {
	const own = db.select({ id: classes.id }).from(classes).where(ownClass(teacherId, classId));
	return (
		db
			.delete(classMembers)
			.where(and(eq(classMembers.classId, classId), eq(classMembers.userId, learnerId), inArray(classMembers.classId, own)))
			.run().changes > 0
	);
}
