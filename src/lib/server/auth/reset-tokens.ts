// One-time links to set a new password. The link carries 32 random bytes; only their SHA-256 is stored, so a
// copy of the database opens no account. A user has at most one live token: a new one replaces the older.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase64urlNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, gt, lte, or } from 'drizzle-orm';
import type { Db } from '../db';
import { passwordResets } from '../db/schema';

export const RESET_TOKEN_MS = 60 * 60 * 1000;
/** 32 bytes in base64url without padding. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const idOf = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

/** A fresh token for the user; every older one of theirs stops working (and expired ones of anyone are swept). */
export function issueResetToken(db: Db, userId: string, now = Date.now()): { token: string; expiresAt: Date } {
	const token = encodeBase64urlNoPadding(crypto.getRandomValues(new Uint8Array(32)));
	const expiresAt = new Date(now + RESET_TOKEN_MS);
	db.transaction((tx) => {
		tx.delete(passwordResets)
			.where(or(eq(passwordResets.userId, userId), lte(passwordResets.expiresAt, new Date(now))))
			.run();
		tx.insert(passwordResets)
			.values({ id: idOf(token), userId, expiresAt })
			.run();
	});
	return { token, expiresAt };
}

/** Whose live token this is, without using it up: mail scanners open links before people do. */
export function resetTokenOwner(db: Pick<Db, 'select'>, token: string, now = Date.now()): string | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	const row = db
		.select({ userId: passwordResets.userId })
		.from(passwordResets)
		.where(and(eq(passwordResets.id, idOf(token)), gt(passwordResets.expiresAt, new Date(now))))
		.get();
	return row?.userId ?? null;
}

/**
 * Uses the token up: one DELETE … RETURNING, so of two requests with the same token only one gets the user.
 * Null for an unknown, used, replaced or expired token.
 */
export function consumeResetToken(db: Pick<Db, 'delete'>, token: string, now = Date.now()): string | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	const row = db
		.delete(passwordResets)
		.where(and(eq(passwordResets.id, idOf(token)), gt(passwordResets.expiresAt, new Date(now))))
		.returning({ userId: passwordResets.userId })
		.get();
	return row?.userId ?? null;
}
