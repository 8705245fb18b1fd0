// A learner's data as one teacher holds it (RODO art. 15 and 20): the account, this teacher's classes the learner
// is in, their assignments and every answer, with dates. Other teachers' classes are theirs to give.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { answers, articles, assignments, attempts, classMembers, classes, questions, users } from '../db/schema';
import type { TeacherLearner } from '../access/teacher';
import { toCsv, type Cell } from '$lib/csv';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function learnerExport(db: Db, teacherId: string, learner: TeacherLearner['learner'], now = new Date()) {
	const account = db
		.select({
			username: users.username,
			displayName: users.displayName,
			email: users.email,
			createdAt: users.createdAt,
			createdBy: users.createdBy
		})
		.from(users)
		.where(eq(users.id, learner.id))
		.get()!;
	const memberships = db
		.select({ id: classes.id, name: classes.name, joinedAt: classMembers.joinedAt })
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.where(and(eq(classMembers.userId, learner.id), eq(classes.teacherId, teacherId)))
		.orderBy(asc(classMembers.joinedAt))
		.all();
	const tasks = memberships.length
		? db
				.select({ a: assignments, title: articles.title, attempt: attempts })
				.from(assignments)
				.innerJoin(articles, eq(articles.id, assignments.articleId))
				.leftJoin(attempts, and(eq(attempts.assignmentId, assignments.id), eq(attempts.userId, learner.id)))
				.where(
					inArray(
						assignments.classId,
						memberships.map((m) => m.id)
					)
				)
				.orderBy(asc(assignments.createdAt))
				.all()
		: [];
	const attemptIds = tasks.flatMap((t) => (t.attempt ? [t.attempt.id] : []));
	const given = attemptIds.length
		? db
				.select({
					attemptId: answers.attemptId,
					prompt: questions.prompt,
					given: answers.given,
					correct: answers.correct,
					at: answers.answeredAt
				})
				.from(answers)
				.innerJoin(questions, eq(questions.id, answers.questionId))
				.where(inArray(answers.attemptId, attemptIds))
				.orderBy(asc(answers.answeredAt))
				.all()
		: [];
	return {
		exportedAt: now.toISOString(),
		account: {
			username: account.username,
			displayName: account.displayName,
			email: account.email,
			createdAt: iso(account.createdAt),
			madeBy: account.createdBy === teacherId ? 'teacher' : 'self'
		},
		classes: memberships.map((m) => ({
			name: m.name,
			joinedAt: iso(m.joinedAt),
			assignments: tasks
				.filter((t) => t.a.classId === m.id)
				.map((t) => ({
					title: t.title,
					assignedAt: iso(t.a.createdAt),
					dueAt: iso(t.a.dueAt),
					startedAt: iso(t.attempt?.startedAt ?? null),
					finishedAt: iso(t.attempt?.finishedAt ?? null),
					readingSeconds: t.attempt?.readingSeconds ?? 0,
					answers: given
						.filter((g) => g.attemptId === t.attempt?.id)
						.map((g) => ({ question: g.prompt, given: g.given, correct: g.correct, answeredAt: iso(g.at) }))
				}))
		}))
	};
}

export type LearnerExport = ReturnType<typeof learnerExport>;

/** Warsaw wall-clock time, as a spreadsheet reads it ('sv' formats dates as YYYY-MM-DD). */
const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'medium' });
const when = (s: string | null) => (s ? local.format(new Date(s)) : null);

/** One row per answer; an assignment without answers and a class without assignments get a row of their own. */
export function learnerExportCsv(e: LearnerExport): string {
	const who: Cell[] = [e.account.username, e.account.displayName, when(e.account.createdAt)];
	const rows: Cell[][] = [];
	for (const c of e.classes) {
		const inClass = [...who, c.name, when(c.joinedAt)];
		if (c.assignments.length === 0) rows.push(inClass);
		for (const a of c.assignments) {
			const task = [...inClass, a.title, when(a.assignedAt), when(a.dueAt), when(a.finishedAt)];
			if (a.answers.length === 0) rows.push(task);
			for (const g of a.answers) rows.push([...task, g.question, g.given, g.correct ? 'tak' : 'nie', when(g.answeredAt)]);
		}
	}
	if (rows.length === 0) rows.push(who);
	return toCsv(
		[
			'Login',
			'Imię i nazwisko',
			'Konto założone',
			'Klasa',
			'W klasie od',
			'Tekst',
			'Zadano',
			'Termin',
			'Ukończono',
			'Pytanie',
			'Odpowiedź',
			'Poprawna',
			'Data odpowiedzi'
		],
		rows
	);
}
