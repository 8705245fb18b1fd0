import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { classMembers, users } from '../db/schema';
import { polishOrder } from '../classes/roster';

/**
 * Learners of a class whose access the caller has already checked, in Polish alphabetical order
 * (SQLite's ORDER BY would put Ł after Z and 10 before 2). Every report lists and counts these.
 */
export function classLearners(db: Db, classId: string) {
	return db
		.select({ id: users.id, name: users.displayName, username: users.username })
		.from(classMembers)
		.innerJoin(users, eq(users.id, classMembers.userId))
		.where(and(eq(classMembers.classId, classId), eq(users.role, 'learner')))
		.all()
		.sort((a, b) => polishOrder.compare(a.name, b.name) || polishOrder.compare(a.username, b.username));
}
