// Teachers and self-study learners who forgot their password get a one-time link by e-mail (or from the operator: scripts/admin.ts).
// The request page answers the same for every address; see docs/decisions.md, "Password recovery".
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { takeResetSlot, PER_EMAIL } from '../auth/reset-limit';
import { consumeResetToken, issueResetToken, resetTokenOwner } from '../auth/reset-tokens';
import { invalidateUserSessions } from '../auth/session';
import { accountKey, clearThrottle } from '../auth/throttle';
import { resetLink, resetMail } from '../mail/reset-mail';
import type { Mail } from '../mail/send';
import { passwordStrengthProblem } from './password-strength';
import { passwordProblem } from './validate';

/** How the link reaches its owner: the public origin it points to, and the mail it goes in. */
export interface ResetDelivery {
	origin: string;
	send: (mail: Mail) => Promise<void>;
}

export type ResetRequestAnswer =
	{ status: 200; body: { requested: true; email: string } } | { status: 429; body: { email: string; message: string } };

export const GONE = 'Ten link już nie działa: został użyty, minęła godzina albo poproszono później o nowy (działa tylko najnowszy).';

/**
 * Teachers and self-study learners who gave an e-mail get a link; a learner a teacher made is reset by that
 * teacher (classes/reset-rule.ts), even if an e-mail were ever stored for them.
 */
export function recoverableByEmail(db: Db, email: string) {
	return db
		.select({ id: users.id, email: users.email, displayName: users.displayName })
		.from(users)
		.where(and(eq(users.email, email), or(eq(users.role, 'teacher'), isNull(users.createdBy))))
		.get();
}

function limitMessage(waitMs: number, byEmail: boolean): string {
	const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
	const why = byEmail
		? `O link dla tego adresu poproszono w ciągu godziny już ${PER_EMAIL} razy. Jeśli to Twoje konto, zajrzyj do skrzynki (także do spamu): działa najnowszy link.`
		: 'Z tej sieci poproszono w ciągu godziny o zbyt wiele linków.';
	return `${why} Spróbuj ponownie za ${minutes} min.`;
}

/**
 * Sends a reset link if the e-mail is a teacher's or a self-study learner's; the answer is the same either way, and the mail is sent
 * after the answer (not awaited), so the time does not tell either. `email` is already checked and lower-case.
 */
export function requestPasswordReset(
	db: Db,
	email: string,
	address: string,
	delivery: ResetDelivery,
	now = Date.now()
): ResetRequestAnswer {
	const { waitMs, byEmail } = takeResetSlot(db, email, address, now);
	if (waitMs > 0) return { status: 429, body: { email, message: limitMessage(waitMs, byEmail) } };
	const owner = recoverableByEmail(db, email);
	if (owner) {
		const { token } = issueResetToken(db, owner.id, now);
		delivery.send(resetMail(email, resetLink(delivery.origin, token))).catch((e: unknown) => {
			// The token stays out of the log; the teacher can ask again or ask the operator.
			console.error(`Czytanka: reset mail not sent: ${e instanceof Error ? e.message : String(e)}`);
		});
	}
	return { status: 200, body: { requested: true, email } };
}

/** The account a live token is for, to show on the page and to keep the new password free of its name. */
export function resetAccount(db: Db, token: string, now = Date.now()) {
	const userId = resetTokenOwner(db, token, now);
	if (!userId) return undefined;
	return db
		.select({ id: users.id, username: users.username, displayName: users.displayName, email: users.email })
		.from(users)
		.where(eq(users.id, userId))
		.get();
}

export type ResetResult = { ok: true } | { ok: false; status: 400 | 410; message: string };

/**
 * Sets the new password if the token is still live. Using the token up, storing the hash and ending every
 * session are one transaction, so two posts with one link cannot both set a password. Device cookies are
 * signed with the password hash and so end too; the account's sign-in count is cleared, or the owner, now
 * without a device cookie, might wait behind an attacker's failures to sign in with the new password.
 */
export async function resetPassword(
	db: Db,
	token: string,
	input: { password: string; password2: string },
	now = Date.now()
): Promise<ResetResult> {
	const account = resetAccount(db, token, now);
	if (!account) return { ok: false, status: 410, message: GONE };
	const problem = passwordProblem(input.password, input.password2) ?? (await passwordStrengthProblem(input.password, account));
	if (problem) return { ok: false, status: 400, message: problem };
	const passwordHash = await hashPassword(input.password);
	const done = db.transaction((tx) => {
		if (consumeResetToken(tx, token, now) !== account.id) return false;
		const t = tx as unknown as Db;
		t.update(users).set({ passwordHash }).where(eq(users.id, account.id)).run();
		invalidateUserSessions(t, account.id);
		clearThrottle(t, accountKey(account.username));
		return true;
	});
	return done ? { ok: true } : { ok: false, status: 410, message: GONE };
}
