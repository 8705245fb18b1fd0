import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { classes } from '../db/schema';
import { classColumns, ownClass, teacherClass, type ClassSummary } from '../access/teacher';
import { unusedClassCode } from './codes';
import { polishOrder } from './roster';

// Every query here is filtered by teacherId: a class of another teacher is simply "not found".

export function listTeacherClasses(db: Db, teacherId: string): { active: ClassSummary[]; archived: ClassSummary[] } {
	const rows = db
		.select(classColumns)
		.from(classes)
		.where(eq(classes.teacherId, teacherId))
		.all()
		.sort((a, b) => polishOrder.compare(a.name, b.name));
	return { active: rows.filter((r) => !r.archivedAt), archived: rows.filter((r) => r.archivedAt) };
}

export function createClass(db: Db, teacherId: string, name: string): string {
	const id = crypto.randomUUID();
	db.insert(classes)
		.values({ id, teacherId, name: name.trim(), code: unusedClassCode(db) })
		.run();
	return id;
}

/** Each change returns false when the class is not this teacher's (nothing changes then). */
export function renameClass(db: Db, teacherId: string, classId: string, name: string): boolean {
	return db.update(classes).set({ name: name.trim() }).where(ownClass(teacherId, classId)).run().changes > 0;
}

/** The join code stops working and learners stop seeing the class; memberships are kept for a restore. */
export function archiveClass(db: Db, teacherId: string, classId: string, now = new Date()): boolean {
	return (
		db
			.update(classes)
			.set({ archivedAt: now })
			.where(and(ownClass(teacherId, classId), isNull(classes.archivedAt)))
			.run().changes > 0
	);
}

export function restoreClass(db: Db, teacherId: string, classId: string): boolean {
	return (
		db
			.update(classes)
			.set({ archivedAt: null })
			.where(and(ownClass(teacherId, classId), isNotNull(classes.archivedAt)))
			.run().changes > 0
	);
}

/** A new code ends the old one at once (e.g. after it leaked); learners already in the class stay. */
export function regenerateClassCode(db: Db, teacherId: string, classId: string): string | null {
	if (!teacherClass(db, teacherId, classId)) return null;
	const code = unusedClassCode(db);
	db.update(classes).set({ code }).where(ownClass(teacherId, classId)).run();
	return code;
}
