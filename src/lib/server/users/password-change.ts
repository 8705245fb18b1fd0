import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { verifyPassword } from '../auth/password';
import { createSession, invalidateUserSessions } from '../auth/session';
import { passwordProblem } from './validate';
import { setPassword } from './users';
import { passwordStrengthProblem, type Personal } from './password-strength';

/** Checks only the new password, so the route can throttle the current-password check separately. */
export async function newPasswordProblem(current: string, next: string, repeat: string, personal: Personal): Promise<string | null> {
	return (
		passwordProblem(next, repeat) ??
		(next === current ? 'Nowe hasło musi być inne niż obecne.' : null) ??
		(await passwordStrengthProblem(next, personal))
	);
}

export async function currentPasswordMatches(db: Db, userId: string, current: string): Promise<boolean> {
	const row = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
	return !!row && (await verifyPassword(row.hash, current));
}

/**
 * Sets the new password, ends every session of the user (other devices too) and opens a fresh one for this
 * browser. The new hash comes back because device tokens are signed with it.
 */
export async function replacePassword(db: Db, userId: string, next: string) {
	const passwordHash = await setPassword(db, userId, next);
	invalidateUserSessions(db, userId);
	return { ...createSession(db, userId), passwordHash };
}
