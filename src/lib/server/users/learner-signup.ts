import type { Db } from '../db';
import { learnerProfiles } from '../db/schema';
import { createUser, findUserByLogin, normalizeUsername } from './users';
import { displayNameProblem, passwordProblem, usernameProblem } from './validate';
import { passwordStrengthProblem } from './password-strength';
import { emailProblem } from './register';
import {
	creationLimitMessage,
	JOIN_QUOTA,
	returnCreationSlot,
	SOLO_QUOTA,
	takeCreationSlot,
	type CreationQuota
} from '../auth/creation-limit';
import { joinClass } from '../classes/membership';
import { isUniqueViolation } from '../db/errors';
import type { InterfaceLanguage, LearnerLevel } from '../../domain/learner-levels';

export interface LearnerSignup {
	displayName: string;
	username: string;
	password: string;
	password2: string;
}

/** Self-study sign-up: no class; e-mail optional (for password recovery), a name optional (the username stands in). */
export interface SoloSignup extends LearnerSignup {
	email: string;
	locale: InterfaceLanguage;
	selfLevel: LearnerLevel;
}

export type LearnerSignupResult =
	{ ok: true; user: { id: string; passwordHash: string } } | { ok: false; status: 400 | 429; message: string };

const TAKEN = 'Ta nazwa użytkownika jest już zajęta. Wybierz inną.';
// Says the address is in use, which an attacker could test: see docs/decisions.md, "Self-study sign-up".
const EMAIL_TAKEN = 'Tego adresu e-mail nie można użyć. Wpisz inny albo zostaw to pole puste.';

interface NewLearner {
	username: string;
	displayName: string;
	email: string | null;
	password: string;
	password2: string;
	locale?: InterfaceLanguage;
}

/**
 * The rules every learner who chooses their own password meets, then the account (createdBy stays empty: no
 * teacher may reset it). `then` puts the new account where it belongs: a class, or a self-study profile.
 */
async function createLearner(
	db: Db,
	quota: CreationQuota,
	learner: NewLearner,
	address: string,
	now: number,
	then: (userId: string) => void
): Promise<LearnerSignupResult> {
	const { username, displayName, email, password } = learner;
	const problem =
		displayNameProblem(displayName) ??
		usernameProblem(username) ??
		(email === null ? null : emailProblem(email)) ??
		passwordProblem(password, learner.password2) ??
		(await passwordStrengthProblem(password, { displayName, username, email }));
	if (problem) return { ok: false, status: 400, message: problem };
	if (findUserByLogin(db, username)) return { ok: false, status: 400, message: TAKEN };
	if (email !== null && findUserByLogin(db, email)) return { ok: false, status: 400, message: EMAIL_TAKEN };
	const waitMs = takeCreationSlot(db, quota, address, now);
	if (waitMs > 0) return { ok: false, status: 429, message: creationLimitMessage(quota, waitMs) };
	try {
		const user = await createUser(db, { username, displayName, email, role: 'learner', password, locale: learner.locale });
		then(user.id);
		return { ok: true, user };
	} catch (e) {
		if (!isUniqueViolation(e)) throw e;
		returnCreationSlot(db, quota, address);
		return { ok: false, status: 400, message: TAKEN };
	}
}

/** A learner joins a class with its code. */
export function signUpLearner(db: Db, classId: string, input: LearnerSignup, address: string, now = Date.now()) {
	const learner = { ...input, username: normalizeUsername(input.username), displayName: input.displayName.trim(), email: null };
	return createLearner(db, JOIN_QUOTA, learner, address, now, (userId) => joinClass(db, classId, userId));
}

/** A learner on their own: no class (they may join one later with a code, keeping their history). */
export function signUpSoloLearner(db: Db, input: SoloSignup, address: string, now = Date.now()) {
	const username = normalizeUsername(input.username);
	const email = input.email.trim().toLowerCase() || null;
	const learner = { ...input, username, displayName: input.displayName.trim() || username, email };
	return createLearner(db, SOLO_QUOTA, learner, address, now, (userId) =>
		db.insert(learnerProfiles).values({ userId, selfLevel: input.selfLevel }).run()
	);
}
