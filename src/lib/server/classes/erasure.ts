// A learner's right to erasure (RODO art. 17), asked for through the teacher who made the account.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle, users } from '../db/schema';
import { teacherLearner } from '../access/teacher';
import { accountKey } from '../auth/throttle';
import { mayDeleteAccount } from './reset-rule';

export type EraseRefusal = 'not-found' | 'not-creator';

/**
 * Deletes the account of a learner in this teacher's class whom this teacher made. Foreign keys take the rest
 * with the users row: sessions, memberships of every class, attempts and their answers, review cards and the
 * review log. The sign-in throttle row is keyed by username, so it goes by hand. Returns the username.
 */
export function eraseLearner(db: Db, teacherId: string, classId: string, learnerId: string): { username: string } | EraseRefusal {
	const found = teacherLearner(db, teacherId, classId, learnerId);
	if (!found) return 'not-found';
	const createdBy = db.select({ createdBy: users.createdBy }).from(users).where(eq(users.id, learnerId)).get()?.createdBy ?? null;
	if (!mayDeleteAccount(createdBy, teacherId)) return 'not-creator';
	const { username } = found.learner;
	db.transaction((tx) => {
		tx.delete(users)
			.where(and(eq(users.id, learnerId), eq(users.createdBy, teacherId), eq(users.role, 'learner')))
			.run();
		tx.delete(loginThrottle)
			.where(eq(loginThrottle.key, accountKey(username)))
			.run();
	});
	return { username };
}
