import type { Db } from '../db';
import { createUser, findUserByLogin, normalizeUsername } from './users';
import { displayNameProblem, passwordProblem, usernameProblem } from './validate';
import { passwordStrengthProblem } from './password-strength';
import { creationLimitMessage, JOIN_QUOTA, returnCreationSlot, takeCreationSlot } from '../auth/creation-limit';
import { joinClass } from '../classes/membership';
import { isUniqueViolation } from '../db/errors';

export interface LearnerSignup {
	displayName: string;
	username: string;
	password: string;
	password2: string;
}

export type LearnerSignupResult =
	{ ok: true; user: { id: string; passwordHash: string } } | { ok: false; status: 400 | 429; message: string };

const TAKEN = 'Ta nazwa użytkownika jest już zajęta. Wybierz inną.';

/** A learner who chose their own password joins a class with its code (createdBy stays empty: no teacher may reset it). */
export async function signUpLearner(
	db: Db,
	classId: string,
	input: LearnerSignup,
	address: string,
	now = Date.now()
): Promise<LearnerSignupResult> {
	const username = normalizeUsername(input.username);
	const displayName = input.displayName.trim();
	const problem =
		displayNameProblem(displayName) ??
		usernameProblem(username) ??
		passwordProblem(input.password, input.password2) ??
		(await passwordStrengthProblem(input.password, { displayName, username }));
	if (problem) return { ok: false, status: 400, message: problem };
	if (findUserByLogin(db, username)) return { ok: false, status: 400, message: TAKEN };
	const waitMs = takeCreationSlot(db, JOIN_QUOTA, address, now);
	if (waitMs > 0) return { ok: false, status: 429, message: creationLimitMessage(JOIN_QUOTA, waitMs) };
	try {
		const user = await createUser(db, { username, displayName, role: 'learner', password: input.password });
		joinClass(db, classId, user.id);
		return { ok: true, user };
	} catch (e) {
		if (!isUniqueViolation(e)) throw e;
		returnCreationSlot(db, JOIN_QUOTA, address);
		return { ok: false, status: 400, message: TAKEN };
	}
}
