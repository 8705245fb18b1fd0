import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { perConnection } from '../db/prepared';
import { sessions, users } from '../db/schema';

export const SESSION_COOKIE = 'czytanka_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_DAYS = 30;

export interface SessionUser {
	id: string;
	username: string;
	displayName: string;
	role: 'teacher' | 'learner';
}

function generateSessionToken(): string {
	const bytes = new Uint8Array(20); // 160 bits
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

// Every signed-in request hashes its token: Node's native SHA-256, not one in JavaScript.
export function sessionIdOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function createSession(db: Db, userId: string, now = Date.now()) {
	const token = generateSessionToken();
	const expiresAt = new Date(now + SESSION_DAYS * DAY);
	db.insert(sessions)
		.values({ id: sessionIdOf(token), userId, expiresAt })
		.run();
	return { token, expiresAt };
}

// Every signed-in request runs this lookup, so it is compiled once per connection.
const sessionLookup = perConnection((db) =>
	db
		.select({
			expiresAt: sessions.expiresAt,
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			role: users.role
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare()
);

/**
 * Looks the token up by its hash (an indexed equality, so no timing leak on the token) and slides expiry.
 * `renewed` says whether expiresAt moved, i.e. whether the browser's cookie needs the new date.
 */
export function validateSessionToken(db: Db, token: string, now = Date.now()) {
	const id = sessionIdOf(token);
	const row = sessionLookup(db).get({ id });
	if (!row) return null;
	if (row.expiresAt.getTime() <= now) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	let expiresAt = row.expiresAt;
	const renewed = expiresAt.getTime() - now < (SESSION_DAYS / 2) * DAY;
	if (renewed) {
		expiresAt = new Date(now + SESSION_DAYS * DAY);
		db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
	}
	const user: SessionUser = { id: row.id, username: row.username, displayName: row.displayName, role: row.role };
	return { sessionId: id, expiresAt, renewed, user };
}

export function invalidateSession(db: Db, sessionId: string) {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Db, userId: string) {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
