import { eq, or } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { hashPassword } from '../auth/password';
import type { InterfaceLanguage } from '../../domain/learner-levels';

export interface NewUser {
	username: string;
	email?: string | null;
	displayName: string;
	role: 'teacher' | 'learner';
	password: string;
	createdBy?: string | null;
	demo?: boolean;
	locale?: InterfaceLanguage;
}

export function normalizeUsername(name: string): string {
	return name.trim().toLowerCase();
}

export async function createUser(db: Db, input: NewUser) {
	const row = {
		id: crypto.randomUUID(),
		username: normalizeUsername(input.username),
		email: input.email ? input.email.trim().toLowerCase() : null,
		displayName: input.displayName.trim(),
		role: input.role,
		passwordHash: await hashPassword(input.password),
		createdBy: input.createdBy ?? null,
		demo: input.demo ?? false,
		locale: input.locale ?? 'pl'
	};
	db.insert(users).values(row).run();
	return row;
}

/** Username or e-mail, case-insensitive. */
export function findUserByLogin(db: Db, login: string) {
	const key = login.trim().toLowerCase();
	if (!key) return undefined;
	return db
		.select()
		.from(users)
		.where(or(eq(users.username, key), eq(users.email, key)))
		.get();
}

/** New password hash; callers decide which sessions end (see invalidateUserSessions). */
export async function setPassword(db: Db, userId: string, password: string): Promise<string> {
	const passwordHash = await hashPassword(password);
	db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
	return passwordHash;
}
