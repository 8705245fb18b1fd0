import type { Db } from '../db';
import { users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { isUniqueViolation } from '../db/errors';
import { findUserByLogin } from './users';
import { pickUsername, takenLike, usernameBase } from './usernames';
import { passwordProblem } from './validate';

// Deliberately loose: the address is only a login here (no mail is sent), so reject only what cannot be one.
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

export type SignupResult = { ok: true; id: string; username: string } | { ok: false; message: string };

const TAKEN = 'To konto już istnieje. Zaloguj się albo użyj innego adresu e-mail.';

/** A teacher signs in with the e-mail; a username is still made from the name, as every account has one. */
export async function registerTeacher(db: Db, input: TeacherSignup): Promise<SignupResult> {
	const email = input.email.trim().toLowerCase();
	const displayName = input.displayName.replace(/\s+/g, ' ').trim();
	const problem =
		teacherNameProblem(displayName) ??
		emailProblem(email) ??
		passwordProblem(input.password, input.password2);
	if (problem) return { ok: false, message: problem };
	if (findUserByLogin(db, email)) return { ok: false, message: TAKEN };
	const passwordHash = await hashPassword(input.password);
	try {
		return db.transaction((tx) => {
			const username = pickUsername(usernameBase(displayName), takenLike(tx, usernameBase(displayName)));
			const id = crypto.randomUUID();
			tx.insert(users).values({ id, username, email, displayName, role: 'teacher', passwordHash }).run();
			return { ok: true as const, id, username };
		});
	} catch (e) {
		if (isUniqueViolation(e)) return { ok: false, message: TAKEN };
		throw e;
	}
}
