// Assignments of a teacher's articles to the teacher's classes. Every query is scoped by teacherId:
// an id of someone else's article, class, question or assignment is treated as not existing.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignmentQuestions, assignments, attempts, classMembers, classes, questions, users } from '../db/schema';
import { liveQuestions } from '../articles/questions';

export function ownClasses(db: Db, teacherId: string) {
	return db
		.select({ id: classes.id, name: classes.name })
		.from(classes)
		.where(and(eq(classes.teacherId, teacherId), isNull(classes.archivedAt)))
		.orderBy(asc(classes.name))
		.all();
}

/** What the assignment form needs, or null when the article is not the teacher's. */
export function assignmentOptions(db: Db, teacherId: string, articleId: string) {
	const article = db
		.select({ id: articles.id, title: articles.title, level: articles.level })
		.from(articles)
		.where(and(eq(articles.id, articleId), eq(articles.ownerId, teacherId)))
		.get();
	if (!article) return null;
	const qs = liveQuestions(db, articleId).map((q) => ({ id: q.id, prompt: q.prompt, type: q.type, approved: q.approved }));
	return { article, classes: ownClasses(db, teacherId), questions: qs };
}

export interface NewAssignment {
	articleId: string;
	classIds: string[];
	questionIds: string[];
	dueAt: Date | null;
}

export type CreateResult = { ok: true; ids: string[] } | { ok: false; status: 400 | 404; message: string };

export function createAssignments(db: Db, teacherId: string, input: NewAssignment): CreateResult {
	const options = assignmentOptions(db, teacherId, input.articleId);
	if (!options) return { ok: false, status: 404, message: 'Nie znaleziono tego tekstu.' };
	const classIds = [...new Set(input.classIds)];
	const questionIds = [...new Set(input.questionIds)];
	if (classIds.length === 0) return { ok: false, status: 400, message: 'Wybierz co najmniej jedną klasę.' };
	if (questionIds.length === 0) return { ok: false, status: 400, message: 'Wybierz co najmniej jedno pytanie.' };
	const ownClassIds = new Set(options.classes.map((c) => c.id));
	if (!classIds.every((id) => ownClassIds.has(id))) return { ok: false, status: 404, message: 'Nie znaleziono wybranej klasy.' };
	// Keep the article's question order, whatever order the form sent.
	const chosen = options.questions.filter((q) => questionIds.includes(q.id)).map((q) => q.id);
	if (chosen.length !== questionIds.length) return { ok: false, status: 404, message: 'Wybrane pytanie nie należy do tego tekstu.' };

	const ids = classIds.map(() => crypto.randomUUID());
	db.transaction((tx) => {
		classIds.forEach((classId, i) => {
			tx.insert(assignments).values({ id: ids[i], articleId: input.articleId, classId, teacherId, dueAt: input.dueAt }).run();
			chosen.forEach((questionId, position) =>
				tx.insert(assignmentQuestions).values({ assignmentId: ids[i], questionId, position }).run()
			);
		});
	});
	return { ok: true, ids };
}

export function listAssignments(db: Db, teacherId: string) {
	return db
		.select({
			id: assignments.id,
			title: articles.title,
			articleId: articles.id,
			className: classes.name,
			dueAt: assignments.dueAt,
			createdAt: assignments.createdAt,
			learners: sql<number>`(select count(*) from ${classMembers} where ${classMembers.classId} = ${assignments.classId})`,
			finished: sql<number>`(select count(*) from ${attempts} where ${attempts.assignmentId} = ${assignments.id} and ${attempts.finishedAt} is not null)`
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(eq(assignments.teacherId, teacherId))
		.orderBy(desc(assignments.createdAt))
		.all();
}

export type LearnerState = 'not-started' | 'in-progress' | 'done';

/** One assignment with every learner of its class and how far they got; null if not the teacher's. */
export function assignmentReport(db: Db, teacherId: string, assignmentId: string) {
	const head = db
		.select({
			id: assignments.id,
			dueAt: assignments.dueAt,
			createdAt: assignments.createdAt,
			articleId: articles.id,
			title: articles.title,
			classId: classes.id,
			className: classes.name,
			classCode: classes.code
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(and(eq(assignments.id, assignmentId), eq(assignments.teacherId, teacherId)))
		.get();
	if (!head) return null;
	const total = db.select({ n: sql<number>`count(*)` }).from(assignmentQuestions).where(eq(assignmentQuestions.assignmentId, assignmentId)).get()!.n;
	const rows = db
		.select({
			userId: users.id,
			name: users.displayName,
			username: users.username,
			answered: attempts.answeredCount,
			correct: attempts.correctCount,
			finishedAt: attempts.finishedAt,
			readingSeconds: attempts.readingSeconds
		})
		.from(classMembers)
		.innerJoin(users, eq(users.id, classMembers.userId))
		.leftJoin(attempts, and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, users.id)))
		.where(eq(classMembers.classId, head.classId))
		.orderBy(asc(users.displayName), asc(users.username))
		.all();
	const learners = rows.map((r) => ({
		...r,
		answered: r.answered ?? 0,
		correct: r.correct ?? 0,
		state: (r.finishedAt ? 'done' : r.answered ? 'in-progress' : 'not-started') as LearnerState
	}));
	const questionRows = db
		.select({ id: questions.id, prompt: questions.prompt })
		.from(assignmentQuestions)
		.innerJoin(questions, eq(questions.id, assignmentQuestions.questionId))
		.where(eq(assignmentQuestions.assignmentId, assignmentId))
		.orderBy(asc(assignmentQuestions.position))
		.all();
	return { assignment: { ...head, total }, learners, questions: questionRows };
}
