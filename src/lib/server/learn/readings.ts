import { and, asc, eq, sql } from 'drizzle-orm';
import { attemptState } from '$lib/domain/attempt-state';
import type { Db } from '../db';
import { answers, articles, assignmentQuestions, assignments, attempts, classMembers, classes, questions } from '../db/schema';

export function listReadings(db: Db, userId: string) {
	const rows = db
		.select({
			assignmentId: assignments.id,
			dueAt: assignments.dueAt,
			title: articles.title,
			source: articles.source,
			wordCount: articles.wordCount,
			level: articles.level,
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
		.all();
	return rows.map((r) => ({
		...r,
		answered: r.answered ?? 0,
		correct: r.correct ?? 0,
		state: attemptState(r.answered, r.finishedAt)
	}));
}

export function assignmentQuestionRows(db: Db, assignmentId: string) {
	return db
		.select({ question: questions })
		.from(assignmentQuestions)
		.innerJoin(questions, eq(questions.id, assignmentQuestions.questionId))
		.where(eq(assignmentQuestions.assignmentId, assignmentId))
		.orderBy(asc(assignmentQuestions.position))
		.all()
		.map((r) => r.question);
}

export function attemptAnswers(db: Db, attemptId: string) {
	return db.select().from(answers).where(eq(answers.attemptId, attemptId)).all();
}

export function getArticle(db: Db, articleId: string) {
	return db.select().from(articles).where(eq(articles.id, articleId)).get();
}
