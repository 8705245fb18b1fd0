import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { classMembers, classes } from '../db/schema';

export function teacherClasses(db: Db, teacherId: string) {
	return db
		.select({
			id: classes.id,
			name: classes.name,
			code: classes.code,
			learners: sql<number>`(select count(*) from ${classMembers} where ${classMembers.classId} = ${classes.id})`
		})
		.from(classes)
		.where(and(eq(classes.teacherId, teacherId), sql`${classes.archivedAt} is null`))
		.orderBy(classes.name)
		.all();
}
