import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { classMembers, users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { accountKey, clearThrottle } from '../auth/throttle';
import { setPassword } from '../users/users';
import { easyPassword } from '../users/easy-password';
import { pickUsername, takenLike, usernameBase } from '../users/usernames';
import { teacherClass, teacherLearner } from '../access/teacher';
import { mayResetPassword } from './reset-rule';

/** A login card's content; the password exists only in this object, never in the database. */
export interface NewLogin {
	id: string;
	displayName: string;
	username: string;
	password: string;
}

/** Creates learner accounts in the teacher's class; null when the class is not theirs (nothing created). */
export async function createLearners(db: Db, teacherId: string, classId: string, names: string[]): Promise<NewLogin[] | null> {
	if (!teacherClass(db, teacherId, classId)) return null;
	const passwords = names.map(() => easyPassword());
	const hashes = await Promise.all(passwords.map(hashPassword));
	// Usernames are chosen inside the (synchronous) transaction, so no other request can take one meanwhile.
	return db.transaction((tx) => {
		const takenByBase = new Map<string, Set<string>>();
		return names.map((displayName, i) => {
			const base = usernameBase(displayName);
			if (!takenByBase.has(base)) takenByBase.set(base, takenLike(tx, base));
			const username = pickUsername(base, takenByBase.get(base)!);
			const id = crypto.randomUUID();
			tx.insert(users).values({ id, username, displayName, role: 'learner', passwordHash: hashes[i], createdBy: teacherId }).run();
			tx.insert(classMembers).values({ classId, userId: id }).run();
			return { id, displayName, username, password: passwords[i] };
		});
	});
}

export type ResetRefusal = 'not-found' | 'not-creator';

/**
 * Only for a learner in this teacher's class whose account this teacher made. Ends the learner's sessions
 * (a lost card must not keep working) and clears sign-in throttling so the child can use the new password at once.
 */
export async function resetLearnerPassword(
	db: Db,
	teacherId: string,
	classId: string,
	learnerId: string
): Promise<NewLogin | ResetRefusal> {
	const learner = teacherLearner(db, teacherId, classId, learnerId)?.learner;
	if (!learner) return 'not-found';
	const createdBy = db.select({ createdBy: users.createdBy }).from(users).where(eq(users.id, learner.id)).get()?.createdBy ?? null;
	if (!mayResetPassword(createdBy, teacherId)) return 'not-creator';
	const password = easyPassword();
	await setPassword(db, learner.id, password);
	invalidateUserSessions(db, learner.id);
	clearThrottle(db, accountKey(learner.username));
	return { id: learner.id, displayName: learner.name, username: learner.username, password };
}
