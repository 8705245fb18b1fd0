import { z } from 'zod';
import { INTERFACE_LANGUAGES, LEARNER_LEVELS } from '../../domain/learner-levels';

// The account forms' fields. A missing field (or a file posted in its place) reads as '', so parsing never throws
// and the account rules (validate.ts, register.ts, password-strength.ts) give the Polish message for it.
const text = z.string().catch('');
const trimmed = z.string().trim().catch('');

export const loginForm = z.object({ login: trimmed, password: text });
export const joinForm = z.object({ code: text, displayName: trimmed, username: trimmed, password: text, password2: text });
export const registerForm = z.object({ displayName: text, email: text, password: text, password2: text });
/** Self-study sign-up, read with forms/parse.ts: the two choices are checked here, the rest by learner-signup.ts. */
export const soloForm = z.object({
	displayName: z.string(),
	username: z.string(),
	email: z.string(),
	password: z.string(),
	password2: z.string(),
	locale: z.enum(INTERFACE_LANGUAGES, { error: 'Wybierz język, w którym mamy do Ciebie pisać.' }),
	selfLevel: z.enum(LEARNER_LEVELS, { error: 'Wybierz, jak dobrze znasz polski.' })
});
export const passwordForm = z.object({ current: text, next: text, next2: text });

export function parseForm<T extends z.ZodType>(schema: T, form: FormData): z.infer<T> {
	return schema.parse(Object.fromEntries(form));
}
