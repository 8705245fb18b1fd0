/** Small hand-made schools for unit tests of progress, review and reports (inserted directly, no Polish engine). */
import type { Skill } from '$lib/domain/skills';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { answers, articles, assignmentQuestions, assignments, attempts, classMembers, classes, questions, users } from '../db/schema';

let seq = 0;
const uid = (p: string) => `${p}-${++seq}`;

export function addUser(db: Db, role: 'teacher' | 'learner', name: string = role) {
	const id = uid(role);
	db.insert(users).values({ id, username: id, displayName: name, role, passwordHash: 'x' }).run();
	return id;
}

export function addClass(db: Db, teacherId: string, learnerIds: string[], name = 'Klasa') {
	const id = uid('class');
	db.insert(classes).values({ id, teacherId, name, code: id.toUpperCase() }).run();
	for (const userId of learnerIds) db.insert(classMembers).values({ classId: id, userId }).run();
	return id;
}

/** An article with one question per skill given, each answer 'dobrze'. */
export function addArticle(db: Db, ownerId: string, skills: Skill[], title = 'Tekst') {
	const id = uid('article');
	db.insert(articles).values({ id, ownerId, title, rawText: 'x', blocks: [], removed: [], wordCount: 1 }).run();
	const qids = skills.map((skill, position) => {
		const qid = uid('q');
		db.insert(questions)
			.values({
				id: qid,
				articleId: id,
				position,
				origin: 'teacher',
				approved: true,
				type: 'wh',
				prompt: `Pytanie ${position + 1}?`,
				answer: 'dobrze',
				accept: [],
				options: [],
				evidence: { sentence: `Zdanie ${position + 1}.`, start: 0, end: 1 },
				skill,
				difficulty: 1,
				score: 1
			})
			.run();
		return qid;
	});
	return { id, questionIds: qids };
}

export function addAssignment(
	db: Db,
	teacherId: string,
	classId: string,
	article: { id: string; questionIds: string[] },
	createdAt = new Date()
) {
	const id = uid('assignment');
	db.insert(assignments).values({ id, articleId: article.id, classId, teacherId, createdAt }).run();
	article.questionIds.forEach((questionId, position) =>
		db.insert(assignmentQuestions).values({ assignmentId: id, questionId, position }).run()
	);
	return id;
}

/** Records an answer the way submitAnswer does (attempt counters, finish time), at a chosen instant. */
export function addAnswer(db: Db, userId: string, assignmentId: string, questionId: string, correct: boolean, at: number, given?: string) {
	db.insert(attempts)
		.values({ id: uid('attempt'), userId, assignmentId, startedAt: new Date(at) })
		.onConflictDoNothing()
		.run();
	const attempt = db
		.select()
		.from(attempts)
		.where(and(eq(attempts.userId, userId), eq(attempts.assignmentId, assignmentId)))
		.get()!;
	db.insert(answers)
		.values({
			id: uid('answer'),
			attemptId: attempt.id,
			questionId,
			given: given ?? (correct ? 'dobrze' : 'źle'),
			correct,
			verdict: correct ? 'correct' : 'incorrect',
			feedback: '',
			answeredAt: new Date(at)
		})
		.run();
	const total = db
		.select({ n: sql<number>`count(*)` })
		.from(assignmentQuestions)
		.where(eq(assignmentQuestions.assignmentId, assignmentId))
		.get()!.n;
	const answered = attempt.answeredCount + 1;
	db.update(attempts)
		.set({
			answeredCount: answered,
			correctCount: attempt.correctCount + (correct ? 1 : 0),
			finishedAt: answered >= total ? new Date(at) : null
		})
		.where(eq(attempts.id, attempt.id))
		.run();
}
