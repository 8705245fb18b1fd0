import { z } from 'zod';
import { emailProblem } from './register';

// A missing field reads as '' (forms/parse.ts), so the rules below give the Polish message for it too.
export const forgotForm = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.superRefine((email, ctx) => {
			const problem = emailProblem(email);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		})
});

/** Checked by passwordProblem and the strength check in password-reset.ts, which know the account. */
export const newPasswordForm = z.object({ password: z.string(), password2: z.string() });
