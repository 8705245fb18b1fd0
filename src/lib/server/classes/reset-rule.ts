/**
 * Only the teacher who made an account may give it a new password. A learner who joined with a class code
 * chose their own password: a "teacher" who got a pupil to join must not be able to take the account over.
 * Accounts older than created_by's use are treated the same way: created_by has been set by the bulk form
 * from the start, so only self-joined learners (and the seeded demo learner) have none.
 */
export function mayResetPassword(createdBy: string | null, teacherId: string): boolean {
	return createdBy !== null && createdBy === teacherId;
}

/** Erasing an account with all its data follows the same rule: a self-joined learner can only leave the class. */
export function mayDeleteAccount(createdBy: string | null, teacherId: string): boolean {
	return mayResetPassword(createdBy, teacherId);
}
