import { and, asc, eq, sql } from 'drizzle-orm';
import { attemptState } from '$lib/domain/attempt-state';
import type { Db } from '../db';
import { perConnection } from '../db/prepared';
import { articles, assignmentQuestions, assignments, attempts, classMembers, classes } from '../db/schema';

const userId = sql.placeholder('userId');

// /learn runs it on every visit: compiled once per connection, and only the columns the list shows.
const readingList = perConnection((db) =>
	db
		.select({
			assignmentId: assignments.id,
			articleId: assignments.articleId,
			dueAt: assignments.dueAt,
			title: articles.title,
			wordCount: articles.wordCount,
			className: classes.name,
			total: sql<number>`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.assignmentId} = ${assignments.id})`,
			answered: attempts.answeredCount,
			correct: attempts.correctCount,
			finishedAt: attempts.finishedAt
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(assignments, eq(assignments.classId, classes.id))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.leftJoin(attempts, and(eq(attempts.assignmentId, assignments.id), eq(attempts.userId, userId)))
		.where(and(eq(classMembers.userId, userId), sql`${classes.archivedAt} is null`))
		.orderBy(sql`${assignments.dueAt} is null`, asc(assignments.dueAt), asc(assignments.createdAt))
		.prepare()
);

export function listReadings(db: Db, userId: string) {
	return readingList(db)
		.all({ userId })
		.map(({ finishedAt, answered, correct, ...r }) => ({
			...r,
			answered: answered ?? 0,
			correct: correct ?? 0,
			state: attemptState(answered, finishedAt)
		}));
}
