import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { classMembers, classes } from '../db/schema';

function normalizeClassCode(code: string): string {
	return code.replace(/[\s-]/g, '').toUpperCase();
}

export function findOpenClassByCode(db: Db, code: string) {
	const key = normalizeClassCode(code);
	if (!key) return undefined;
	return db
		.select({ id: classes.id, name: classes.name })
		.from(classes)
		.where(and(eq(classes.code, key), isNull(classes.archivedAt), eq(classes.personal, false)))
		.get();
}

/** Idempotent: joining a class twice keeps one membership. */
export function joinClass(db: Db, classId: string, userId: string) {
	db.insert(classMembers).values({ classId, userId }).onConflictDoNothing().run();
}

export function isMember(db: Db, classId: string, userId: string): boolean {
	return !!db
		.select({ one: sql`1` })
		.from(classMembers)
		.where(and(eq(classMembers.classId, classId), eq(classMembers.userId, userId)))
		.get();
}
