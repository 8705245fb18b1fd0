import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { verifyPassword } from '../auth/password';
import { createSession, invalidateUserSessions } from '../auth/session';
import { passwordProblem } from './validate';
import { setPassword } from './users';

/** Checks only the new password's shape, so the route can throttle the current-password check separately. */
export function newPasswordProblem(current: string, next: string, repeat: string): string | null {
	return passwordProblem(next, repeat) ?? (next === current ? 'Nowe hasło musi być inne niż obecne.' : null);
}

export async function currentPasswordMatches(db: Db, userId: string, current: string): Promise<boolean> {
	const row = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
	return !!row && (await verifyPassword(row.hash, current));
}

/** Sets the new password, ends every session of the user (other devices too) and opens a fresh one for this browser. */
export async function replacePassword(db: Db, userId: string, next: string) {
	await setPassword(db, userId, next);
	invalidateUserSessions(db, userId);
	return createSession(db, userId);
}
