import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { sessions, users } from '../db/schema';
import { createSession, invalidateSession, invalidateUserSessions, sessionIdOf, validateSessionToken, SESSION_DAYS } from './session';

const DAY = 86_400_000;

function withUser() {
	const db = testDb();
	db.insert(users).values({ id: 'u1', username: 'ola', displayName: 'Ola', role: 'learner', passwordHash: 'x' }).run();
	return db;
}

describe('sessions', () => {
	it('stores only the SHA-256 of a long random token', () => {
		const db = withUser();
		const { token } = createSession(db, 'u1');
		expect(token.length).toBeGreaterThanOrEqual(26); // 160 bits in base32
		const stored = db.select().from(sessions).all();
		expect(stored).toHaveLength(1);
		expect(stored[0].id).toBe(sessionIdOf(token));
		expect(stored[0].id).not.toContain(token);
	});

	it('finds the user for a valid token and nothing for a wrong one', () => {
		const db = withUser();
		const { token } = createSession(db, 'u1');
		expect(validateSessionToken(db, token)?.user).toEqual({ id: 'u1', username: 'ola', displayName: 'Ola', role: 'learner' });
		expect(validateSessionToken(db, token + 'x')).toBeNull();
	});

	it('expires and deletes an old session, and slides an active one', () => {
		const db = withUser();
		const t0 = Date.now();
		const { token } = createSession(db, 'u1', t0);
		const later = t0 + (SESSION_DAYS - 5) * DAY;
		expect(validateSessionToken(db, token, later)!.expiresAt.getTime()).toBe(later + SESSION_DAYS * DAY);
		expect(validateSessionToken(db, token, later + (SESSION_DAYS + 1) * DAY)).toBeNull();
		expect(db.select().from(sessions).all()).toHaveLength(0);
	});

	it('logout ends one session; a password change ends all', () => {
		const db = withUser();
		const a = createSession(db, 'u1');
		const b = createSession(db, 'u1');
		invalidateSession(db, sessionIdOf(a.token));
		expect(validateSessionToken(db, a.token)).toBeNull();
		expect(validateSessionToken(db, b.token)).not.toBeNull();
		createSession(db, 'u1');
		invalidateUserSessions(db, 'u1');
		expect(db.select().from(sessions).all()).toHaveLength(0);
	});
});
