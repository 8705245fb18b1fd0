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
import { classRoster } from './roster';
import { planNames } from '$lib/learner-names';

/** A login card's content; the password exists only in this object, never in the database. */
export interface NewLogin {
	id: string;
	displayName: string;
	username: string;
	password: string;
}

/** Names with their passwords and hashes: hashing is slow and asynchronous, so it happens before the transaction. */
export interface PreparedLogins {
	names: string[];
	passwords: string[];
	hashes: string[];
}

export async function prepareLogins(names: string[]): Promise<PreparedLogins> {
	const passwords = names.map(() => easyPassword());
	return { names, passwords, hashes: await Promise.all(passwords.map(hashPassword)) };
}

/**
 * Inserts the accounts into the teacher's class (checked by the caller). A name already in the batch or the class
 * is shown with a number ("Jan Kowalski (2)"); usernames come from the name as typed and differ anyway.
 */
export function insertLearners(db: Db, teacherId: string, classId: string, { names, passwords, hashes }: PreparedLogins): NewLogin[] {
	// Usernames are chosen inside the (synchronous) transaction, so no other request can take one meanwhile.
	return db.transaction((tx) => {
		const inClass = classRoster(tx, teacherId, classId).map((l) => l.displayName);
		const { displayNames } = planNames(names, inClass);
		const takenByBase = new Map<string, Set<string>>();
		return names.map((name, i) => {
			const base = usernameBase(name);
			if (!takenByBase.has(base)) takenByBase.set(base, takenLike(tx, base));
			const username = pickUsername(base, takenByBase.get(base)!);
			const id = crypto.randomUUID();
			const displayName = displayNames[i];
			tx.insert(users).values({ id, username, displayName, role: 'learner', passwordHash: hashes[i], createdBy: teacherId }).run();
			tx.insert(classMembers).values({ classId, userId: id }).run();
			return { id, displayName, username, password: passwords[i] };
		});
	});
}

/** Creates learner accounts in the teacher's class; null when the class is not theirs (nothing created). */
export async function createLearners(db: Db, teacherId: string, classId: string, names: string[]): Promise<NewLogin[] | null> {
	if (!teacherClass(db, teacherId, classId)) return null;
	return insertLearners(db, teacherId, classId, await prepareLogins(names));
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
