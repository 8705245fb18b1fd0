import type { Db } from '../db';
import { users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { creationLimitMessage, SIGNUP_QUOTA, takeCreationSlot } from '../auth/creation-limit';
import { isUniqueViolation } from '../db/errors';
import { findUserByLogin } from './users';
import { pickUsername, takenLike, usernameBase } from './usernames';
import { passwordStrengthProblem } from './password-strength';
import { passwordProblem } from './validate';

// Deliberately loose: reject only what cannot be an address; whether mail reaches it is the owner's business.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): string | null {
	// Length first: on a long string of dots the pattern backtracks quadratically (a 4 MB field would take hours).
	if (email.length > 254) return 'Adres e-mail jest za długi.';
	if (!EMAIL.test(email)) return 'Podaj poprawny adres e-mail, np. anna.nowak@szkola.pl.';
	return null;
}

function teacherNameProblem(name: string): string | null {
	if (!name) return 'Podaj imię i nazwisko (zobaczą je uczniowie).';
	if (name.length > 80) return 'Imię i nazwisko jest za długie (najwyżej 80 znaków).';
	return null;
}

export interface TeacherSignup {
	displayName: string;
	email: string;
	password: string;
	password2: string;
}

/**
 * What the sign-up page shows. A finished sign-up answers the same, byte for byte, whether the e-mail was new
 * (an account is made) or already registered (nothing happens), and signs no one in: otherwise the page would
 * tell anyone which addresses have accounts here. See docs/decisions.md for what this costs a new teacher.
 */
export type SignupAnswer =
	| { status: 200; body: { done: true; email: string } }
	| { status: 400 | 429; body: { displayName: string; email: string; message: string } };

/** Makes the teacher unless the e-mail is taken; the caller shows the same answer either way. */
async function createTeacherIfNew(db: Db, displayName: string, email: string, password: string): Promise<boolean> {
	// Hashed before the lookup, so a taken e-mail costs the same time as a new one.
	const passwordHash = await hashPassword(password);
	if (findUserByLogin(db, email)) return false;
	try {
		return db.transaction((tx) => {
			const username = pickUsername(usernameBase(displayName), takenLike(tx, usernameBase(displayName)));
			tx.insert(users).values({ id: crypto.randomUUID(), username, email, displayName, role: 'teacher', passwordHash }).run();
			return true;
		});
	} catch (e) {
		if (isUniqueViolation(e)) return false;
		throw e;
	}
}

/** A teacher signs in with the e-mail; a username is still made from the name, as every account has one. */
export async function signUpTeacher(db: Db, input: TeacherSignup, address: string, now = Date.now()): Promise<SignupAnswer> {
	const email = input.email.trim().toLowerCase();
	const displayName = input.displayName.replace(/\s+/g, ' ').trim();
	const refuse = (status: 400 | 429, message: string): SignupAnswer => ({ status, body: { displayName, email, message } });
	const problem =
		teacherNameProblem(displayName) ??
		emailProblem(email) ??
		passwordProblem(input.password, input.password2) ??
		(await passwordStrengthProblem(input.password, { displayName, email }));
	if (problem) return refuse(400, problem);
	// Counted for a taken e-mail too: a limit that only new accounts reached would tell them apart.
	const waitMs = takeCreationSlot(db, SIGNUP_QUOTA, address, now);
	if (waitMs > 0) return refuse(429, creationLimitMessage(SIGNUP_QUOTA, waitMs));
	await createTeacherIfNew(db, displayName, email, input.password);
	return { status: 200, body: { done: true, email } };
}
