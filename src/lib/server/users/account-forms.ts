import { z } from 'zod';

// The account forms' fields. A missing field (or a file posted in its place) reads as '', so parsing never throws
// and the account rules (validate.ts, register.ts, password-strength.ts) give the Polish message for it.
const text = z.string().catch('');
const trimmed = z.string().trim().catch('');

export const loginForm = z.object({ login: trimmed, password: text });
export const joinForm = z.object({ code: text, displayName: trimmed, username: trimmed, password: text, password2: text });
export const registerForm = z.object({ displayName: text, email: text, password: text, password2: text });
export const passwordForm = z.object({ current: text, next: text, next2: text });

export function parseForm<T extends z.ZodType>(schema: T, form: FormData): z.infer<T> {
	return schema.parse(Object.fromEntries(form));
}
