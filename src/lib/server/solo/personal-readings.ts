// Readings a learner opens for themselves: library texts, the placement, their own texts. Each is an assignment in
// the learner's personal class, so the reading page, answers, review and progress work as for class readings, and
// every access rule (membership of the class) holds unchanged. Teachers never see a personal class: it is not
// theirs. See docs/decisions.md, "Self-study readings are assignments in a personal class".
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { assignmentQuestions, assignments, classMembers, classes, personalReadings, questions } from '../db/schema';

export type ReadingPurpose = (typeof personalReadings.$inferSelect)['purpose'];

/** Questions a personal reading asks: the best-ranked first (positions follow the generator's ranking). */
export const QUESTIONS_PER_READING: Record<ReadingPurpose, number> = { placement: 5, practice: 8, own: 8 };

const PERSONAL_CLASS_NAME = 'Samodzielnie';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The learner's personal class, made on first use. Its code cannot be typed: it has lower-case letters and a colon. */
function personalClass(tx: Tx, userId: string): string {
	const found = tx
		.select({ id: classes.id })
		.from(classes)
		.where(and(eq(classes.teacherId, userId), eq(classes.personal, true)))
		.get();
	if (found) return found.id;
	const id = crypto.randomUUID();
	tx.insert(classes)
		.values({ id, teacherId: userId, name: PERSONAL_CLASS_NAME, code: `personal:${userId}`, personal: true })
		.run();
	tx.insert(classMembers).values({ classId: id, userId }).run();
	return id;
}

/** The learner's earlier personal reading of this article, if any. */
export function personalReadingOf(db: Pick<Db, 'select'>, userId: string, articleId: string): string | undefined {
	return db
		.select({ id: assignments.id })
		.from(personalReadings)
		.innerJoin(assignments, eq(assignments.id, personalReadings.assignmentId))
		.where(and(eq(personalReadings.userId, userId), eq(assignments.articleId, articleId)))
		.orderBy(desc(personalReadings.createdAt))
		.get()?.id;
}

/**
 * Opens a reading of an article the caller has checked the learner may read (a library text, their own text):
 * the earlier personal reading of it if there is one (answers are final, so it shows them), else a new one with
 * the article's best questions. Returns the assignment id for /learn/[assignmentId].
 */
export function openPersonalReading(db: Db, userId: string, articleId: string, purpose: ReadingPurpose): string {
	return db.transaction((tx) => {
		const earlier = personalReadingOf(tx, userId, articleId);
		if (earlier) return earlier;
		const classId = personalClass(tx, userId);
		const id = crypto.randomUUID();
		tx.insert(assignments).values({ id, articleId, classId, teacherId: userId }).run();
		const chosen = tx
			.select({ id: questions.id })
			.from(questions)
			.where(and(eq(questions.articleId, articleId), eq(questions.archived, false)))
			.orderBy(asc(questions.position))
			.limit(QUESTIONS_PER_READING[purpose])
			.all();
		chosen.forEach((q, position) => tx.insert(assignmentQuestions).values({ assignmentId: id, questionId: q.id, position }).run());
		tx.insert(personalReadings).values({ assignmentId: id, userId, purpose }).run();
		return id;
	});
}

/** What a reading of the learner's own personal class is for; undefined for a class's assignment. */
export function personalPurpose(db: Db, userId: string, assignmentId: string): ReadingPurpose | undefined {
	return db
		.select({ purpose: personalReadings.purpose })
		.from(personalReadings)
		.where(and(eq(personalReadings.assignmentId, assignmentId), eq(personalReadings.userId, userId)))
		.get()?.purpose;
}
