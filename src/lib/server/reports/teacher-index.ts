import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignments, classes } from '../db/schema';

/** The reports start page: this teacher's classes and their assignments, newest first. */
export function reportIndex(db: Db, teacherId: string) {
	const cls = db
		.select({
			id: classes.id,
			name: classes.name,
			archived: sql<boolean>`${classes.archivedAt} is not null`,
			learners: sql<number>`(select count(*) from "class_members" "cm" where "cm"."class_id" = "classes"."id")`
		})
		.from(classes)
		.where(eq(classes.teacherId, teacherId))
		.orderBy(sql`${classes.archivedAt} is not null`, asc(classes.name))
		.all();
	const tasks = db
		.select({ id: assignments.id, classId: assignments.classId, title: articles.title, createdAt: assignments.createdAt })
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(eq(classes.teacherId, teacherId))
		.orderBy(desc(assignments.createdAt))
		.all();
	return cls.map((c) => ({ ...c, assignments: tasks.filter((t) => t.classId === c.id) }));
}
