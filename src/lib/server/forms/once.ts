// Create forms take effect once. The page's load signs a token into the form; the first successful post records
// it in the same transaction that creates the thing, and any later post with it (a double click, a retry, a
// reload of the answer) gets that first answer again instead of a second class, batch, article or assignment.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { formTokens } from '../db/schema';
import { serverSecret } from '../auth/server-secret';
import { formValues } from './parse';

/** A form open longer than this must be reloaded; rows outlive it, so an accepted token always finds its row. */
const LIFETIME_MS = 2 * 24 * 3600_000;
const KEEP_MS = LIFETIME_MS + 24 * 3600_000;
const SKEW_MS = 60_000;

export const EXPIRED = 'Ten formularz jest za stary. Odśwież stronę i wyślij go jeszcze raz.';

const sha256 = (s: string) => createHash('sha256').update(s).digest();
const mac = (db: Db, text: string) => createHmac('sha256', serverSecret(db, 'form-token-key')).update(text).digest('base64url');

/**
 * For the page's load: signing, not storing, so showing a form writes nothing. The token is bound to the user
 * and to `purpose` (which form, and for what: 'learners:<classId>'), so it is good for that form only.
 */
export function issueFormToken(db: Db, userId: string, purpose: string, now = Date.now()): string {
	const head = `${now.toString(36)}.${randomBytes(16).toString('base64url')}`;
	return `${head}.${mac(db, `${userId}|${purpose}|${head}`)}`;
}

function verify(db: Db, userId: string, purpose: string, token: string, now: number): boolean {
	const [issued, nonce, sig, ...rest] = token.split('.');
	if (!issued || !nonce || !sig || rest.length) return false;
	const expected = Buffer.from(mac(db, `${userId}|${purpose}|${issued}.${nonce}`));
	const given = Buffer.from(sig);
	const age = now - parseInt(issued, 36);
	return given.length === expected.length && timingSafeEqual(given, expected) && age >= -SKEW_MS && age <= LIFETIME_MS;
}

function seal(value: unknown, key: Buffer): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
	return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

function open(sealed: string, key: Buffer): unknown {
	const [iv, tag, body] = sealed.split('.').map((s) => Buffer.from(s, 'base64url'));
	const decipher = createDecipheriv('aes-256-gcm', key, iv);
	decipher.setAuthTag(tag);
	return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8'));
}

export type Once<T> = { ok: true; first: boolean; result: T } | { ok: false; message: string };

/**
 * Runs `create` (synchronous, JSON-serialisable result) unless this token was used before, then answers with the
 * first result. Check everything that can refuse before calling: a `create` that throws leaves the token unused.
 * The transaction takes the write lock at once, so a second process's post waits for the first to commit.
 */
export function createOnce<T>(db: Db, userId: string, purpose: string, token: string, create: () => T, now = Date.now()): Once<T> {
	if (!verify(db, userId, purpose, token, now)) return { ok: false, message: EXPIRED };
	const id = sha256(`${userId}|${purpose}|${token}`).toString('hex');
	const key = sha256(`form-result|${token}`);
	return db.transaction(
		(): Once<T> => {
			db.delete(formTokens)
				.where(lt(formTokens.createdAt, new Date(now - KEEP_MS)))
				.run();
			const claimed =
				db
					.insert(formTokens)
					.values({ id, userId, createdAt: new Date(now) })
					.onConflictDoNothing()
					.run().changes > 0;
			if (!claimed) {
				const stored = db.select({ result: formTokens.result }).from(formTokens).where(eq(formTokens.id, id)).get()?.result;
				return stored ? { ok: true, first: false, result: open(stored, key) as T } : { ok: false, message: EXPIRED };
			}
			const result = create();
			db.update(formTokens)
				.set({ result: seal(result, key) })
				.where(eq(formTokens.id, id))
				.run();
			return { ok: true, first: true, result };
		},
		{ behavior: 'immediate' }
	);
}

/** The hidden field every create form carries. */
export const readFormToken = (form: FormData) => formValues(z.object({ formToken: z.string() }), form).formToken;
