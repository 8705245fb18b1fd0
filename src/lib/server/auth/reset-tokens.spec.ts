import { describe, expect, it } from 'vitest';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { passwordResets, users } from '../db/schema';
import { createUser } from '../users/users';
import { consumeResetToken, issueResetToken, RESET_TOKEN_MS, resetTokenOwner } from './reset-tokens';

const T0 = 1_800_000_000_000;

async function withTeacher() {
	const db = testDb();
	const user = await createUser(db, { username: 'anna', email: 'anna@szkola.pl', displayName: 'Anna', role: 'teacher', password: 'x' });
	return { db, user };
}

describe('reset tokens', () => {
	it('are 32 random bytes in base64url, stored only as their SHA-256', async () => {
		const { db, user } = await withTeacher();
		const { token, expiresAt } = issueResetToken(db, user.id, T0);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(expiresAt.getTime()).toBe(T0 + 3_600_000);
		const rows = db.select().from(passwordResets).all();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(encodeHexLowerCase(sha256(new TextEncoder().encode(token))));
		expect(JSON.stringify(rows)).not.toContain(token);
		expect(issueResetToken(db, user.id, T0).token).not.toBe(token);
	});

	it('can be looked at any number of times, and used once', async () => {
		const { db, user } = await withTeacher();
		const { token } = issueResetToken(db, user.id, T0);
		expect(resetTokenOwner(db, token, T0 + 1)).toBe(user.id);
		expect(resetTokenOwner(db, token, T0 + 2)).toBe(user.id);
		expect(consumeResetToken(db, token, T0 + 3)).toBe(user.id);
		expect(consumeResetToken(db, token, T0 + 4)).toBeNull();
		expect(resetTokenOwner(db, token, T0 + 5)).toBeNull();
	});

	it('work for one hour and not a millisecond longer', async () => {
		const { db, user } = await withTeacher();
		const { token } = issueResetToken(db, user.id, T0);
		expect(resetTokenOwner(db, token, T0 + RESET_TOKEN_MS - 1)).toBe(user.id);
		expect(resetTokenOwner(db, token, T0 + RESET_TOKEN_MS)).toBeNull();
		expect(consumeResetToken(db, token, T0 + RESET_TOKEN_MS)).toBeNull();
		expect(consumeResetToken(db, token, T0 + RESET_TOKEN_MS - 1)).toBe(user.id);
	});

	it('end when a newer one is issued for the same user, not for others; expired rows are swept', async () => {
		const { db, user } = await withTeacher();
		const other = await createUser(db, { username: 'ewa', email: 'ewa@szkola.pl', displayName: 'Ewa', role: 'teacher', password: 'x' });
		const old = issueResetToken(db, user.id, T0).token;
		const others = issueResetToken(db, other.id, T0).token;
		const stale = await createUser(db, { username: 'jan', email: 'jan@szkola.pl', displayName: 'Jan', role: 'teacher', password: 'x' });
		issueResetToken(db, stale.id, T0 - 2 * RESET_TOKEN_MS);
		const fresh = issueResetToken(db, user.id, T0 + 1000).token;
		expect(resetTokenOwner(db, old, T0 + 2000)).toBeNull();
		expect(consumeResetToken(db, old, T0 + 2000)).toBeNull();
		expect(resetTokenOwner(db, fresh, T0 + 2000)).toBe(user.id);
		expect(resetTokenOwner(db, others, T0 + 2000)).toBe(other.id);
		expect(db.select().from(passwordResets).where(eq(passwordResets.userId, stale.id)).all()).toHaveLength(0);
	});

	it('refuse anything shaped unlike a token, and go with their user', async () => {
		const { db, user } = await withTeacher();
		const { token } = issueResetToken(db, user.id, T0);
		for (const bad of ['', 'x', token.slice(1), `${token}A`, token.replace(/./, '=')]) {
			expect(resetTokenOwner(db, bad, T0)).toBeNull();
			expect(consumeResetToken(db, bad, T0)).toBeNull();
		}
		db.delete(users).where(eq(users.id, user.id)).run();
		expect(resetTokenOwner(db, token, T0)).toBeNull();
		expect(db.select().from(passwordResets).all()).toHaveLength(0);
	});
});
