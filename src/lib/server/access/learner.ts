// What a learner may see: assignments of the open classes they are a member of, and what hangs off
// those. Membership is part of every query, so an id from the URL or a form that is not theirs (or does
// not exist) comes back undefined, and learnerAssignmentOr404 answers both with the same 404.
import { error } from '@sveltejs/kit';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { perConnection } from '../db/prepared';
import { assignmentQuestions, assignments, attempts, classMembers, classes, learnerWords, questions, reviewCards } from '../db/schema';

/** Values filled in when a prepared statement runs. */
const p = { userId: sql.placeholder('userId'), assignmentId: sql.placeholder('assignmentId'), questionId: sql.placeholder('questionId') };

/** Join condition: the learner is a member of the assignment's class. */
const member = and(eq(classMembers.classId, assignments.classId), eq(classMembers.userId, p.userId));
/** An archived class is hidden from its learners, with everything in it. */
const open = isNull(classes.archivedAt);

// The reading page and answer submission run these on every request, so they are compiled once per connection.
const statements = perConnection((db) => ({
	assignment: db
		.select({ id: assignments.id, articleId: assignments.articleId, dueAt: assignments.dueAt, className: classes.name })
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(classMembers, member)
		.where(and(eq(assignments.id, p.assignmentId), open))
		.prepare(),
	question: db
		.select({ q: questions })
		.from(assignmentQuestions)
		.innerJoin(questions, eq(questions.id, assignmentQuestions.questionId))
		.innerJoin(assignments, eq(assignments.id, assignmentQuestions.assignmentId))
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(classMembers, member)
		.where(and(eq(assignmentQuestions.assignmentId, p.assignmentId), eq(assignmentQuestions.questionId, p.questionId), open))
		.prepare(),
	attempt: db
		.select({ attempt: attempts })
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.innerJoin(classMembers, member)
		.where(and(eq(attempts.userId, p.userId), eq(attempts.assignmentId, p.assignmentId), open))
		.prepare()
}));

function learnerAssignment(db: Db, userId: string, assignmentId: string) {
	return statements(db).assignment.get({ userId, assignmentId });
}

export type LearnerAssignment = NonNullable<ReturnType<typeof learnerAssignment>>;

export function learnerAssignmentOr404(db: Db, userId: string, assignmentId: string): LearnerAssignment {
	return learnerAssignment(db, userId, assignmentId) ?? error(404, 'Nie znaleziono tej czytanki. Może należy do innej klasy?');
}

/** A question of an assignment the learner may see; a question of any other article is not found. */
export function learnerAssignmentQuestion(db: Db, userId: string, assignmentId: string, questionId: string) {
	return statements(db).question.get({ userId, assignmentId, questionId })?.q;
}

/** The learner's own attempt at an assignment they may still see. */
export function learnerAttempt(db: Db, userId: string, assignmentId: string) {
	return statements(db).attempt.get({ userId, assignmentId })?.attempt;
}

/** A question in the learner's own review queue (wrong once, still shown), with its card. */
export function learnerReviewCard(db: Db, userId: string, questionId: string) {
	return db
		.select({ card: reviewCards.card, due: reviewCards.due, q: questions })
		.from(reviewCards)
		.innerJoin(questions, eq(questions.id, reviewCards.questionId))
		.where(and(eq(reviewCards.userId, userId), eq(reviewCards.questionId, questionId), eq(questions.archived, false)))
		.get();
}

/** One of the learner's own words; another learner's word id, like a made-up one, is not found. */
export function learnerWord(db: Db, userId: string, wordId: string) {
	return db
		.select()
		.from(learnerWords)
		.where(and(eq(learnerWords.id, wordId), eq(learnerWords.userId, userId)))
		.get();
}

export function learnerWordOr404(db: Db, userId: string, wordId: string) {
	return learnerWord(db, userId, wordId) ?? error(404, 'Nie znaleziono tego słowa w Twoich słowach.');
}
