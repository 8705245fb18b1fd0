// What a teacher may see or change. Every read is scoped by the teacher's id in the query itself, so
// another teacher's id and a made-up one both come back undefined; the …Or404 forms answer both with
// the same 404, so an id reveals nothing about whether it exists.
import { error } from '@sveltejs/kit';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignments, classMembers, classes, questions, users } from '../db/schema';

/** For writes: an update or delete limited to the teacher's own class changes nothing otherwise. */
export const ownClass = (teacherId: string, classId: string) => and(eq(classes.id, classId), eq(classes.teacherId, teacherId));

const ownArticle = (teacherId: string, articleId: string) => and(eq(articles.id, articleId), eq(articles.ownerId, teacherId));

export const classColumns = {
	id: classes.id,
	name: classes.name,
	code: classes.code,
	archivedAt: classes.archivedAt,
	learners: sql<number>`(select count(*) from ${classMembers} where ${classMembers.classId} = ${classes.id})`
};

export interface ClassSummary {
	id: string;
	name: string;
	code: string;
	archivedAt: Date | null;
	learners: number;
}

export function teacherClass(db: Db, teacherId: string, classId: string): ClassSummary | undefined {
	return db.select(classColumns).from(classes).where(ownClass(teacherId, classId)).get();
}

export function teacherClassOr404(db: Db, teacherId: string, classId: string): ClassSummary {
	return teacherClass(db, teacherId, classId) ?? error(404, 'Nie znaleziono takiej klasy.');
}

export function teacherArticle(db: Db, teacherId: string, articleId: string) {
	return db.select().from(articles).where(ownArticle(teacherId, articleId)).get();
}

export function teacherArticleOr404(db: Db, teacherId: string, articleId: string) {
	return teacherArticle(db, teacherId, articleId) ?? error(404, 'Nie znaleziono tego tekstu.');
}

/** A question still shown on the teacher's own article (archived ones are out of review). */
export function teacherQuestion(db: Db, teacherId: string, articleId: string, questionId: string) {
	return db
		.select({ q: questions })
		.from(questions)
		.innerJoin(articles, eq(articles.id, questions.articleId))
		.where(and(eq(questions.id, questionId), ownArticle(teacherId, articleId), eq(questions.archived, false)))
		.get()?.q;
}

export function teacherQuestionOr404(db: Db, teacherId: string, articleId: string, questionId: string) {
	return teacherQuestion(db, teacherId, articleId, questionId) ?? error(404, 'Nie znaleziono tego tekstu albo pytania.');
}

/** An assignment belongs to whoever owns its class: the rule every report and page applies. */
export function teacherAssignment(db: Db, teacherId: string, assignmentId: string) {
	return db
		.select({
			id: assignments.id,
			classId: classes.id,
			className: classes.name,
			classCode: classes.code,
			articleId: articles.id,
			title: articles.title,
			createdAt: assignments.createdAt,
			dueAt: assignments.dueAt
		})
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, teacherId)))
		.get();
}

export type TeacherAssignment = NonNullable<ReturnType<typeof teacherAssignment>>;

export function teacherAssignmentOr404(db: Db, teacherId: string, assignmentId: string): TeacherAssignment {
	return teacherAssignment(db, teacherId, assignmentId) ?? error(404, 'Nie znaleziono tego zadania.');
}

/** A learner who is a member of one of this teacher's classes, with that class. */
export function teacherLearner(db: Db, teacherId: string, classId: string, learnerId: string) {
	return db
		.select({
			cls: { id: classes.id, name: classes.name, code: classes.code },
			learner: { id: users.id, name: users.displayName, username: users.username }
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(users, eq(users.id, classMembers.userId))
		.where(and(ownClass(teacherId, classId), eq(classMembers.userId, learnerId), eq(users.role, 'learner')))
		.get();
}

export type TeacherLearner = NonNullable<ReturnType<typeof teacherLearner>>;

export function teacherLearnerOr404(db: Db, teacherId: string, classId: string, learnerId: string): TeacherLearner {
	return teacherLearner(db, teacherId, classId, learnerId) ?? error(404, 'Nie znaleziono tego ucznia w Twoich klasach.');
}
