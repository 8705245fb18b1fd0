import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignments, attempts, classMembers, classes } from '../db/schema';

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

export function teacherAssignments(db: Db, teacherId: string) {
	return db
		.select({
			id: assignments.id,
			title: articles.title,
			className: classes.name,
			dueAt: assignments.dueAt,
			learners: sql<number>`(select count(*) from ${classMembers} where ${classMembers.classId} = ${assignments.classId})`,
			finished: sql<number>`(select count(*) from ${attempts} where ${attempts.assignmentId} = ${assignments.id} and ${attempts.finishedAt} is not null)`
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(eq(assignments.teacherId, teacherId))
		.orderBy(sql`${assignments.createdAt} desc`)
		.all();
}
