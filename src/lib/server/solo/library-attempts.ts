import { and, asc, eq, sql } from 'drizzle-orm';
import type { LibraryLevel } from '$lib/library/levels';
import type { Db } from '../db';
import { assignmentQuestions, assignments, attempts, libraryArticles, personalReadings } from '../db/schema';
import type { ReadingPurpose } from './personal-readings';

export interface LibraryAttempt {
	articleId: string;
	slug: string;
	level: LibraryLevel;
	/** Null when a teacher assigned the library text to a class. */
	purpose: ReadingPurpose | null;
	answered: number;
	correct: number;
	total: number;
	finishedAt: Date | null;
}

/** The learner's attempts at library texts (personal or assigned by a teacher), oldest start first. */
export function libraryAttempts(db: Db, userId: string): LibraryAttempt[] {
	return db
		.select({
			articleId: libraryArticles.articleId,
			slug: libraryArticles.slug,
			level: libraryArticles.level,
			purpose: personalReadings.purpose,
			answered: attempts.answeredCount,
			correct: attempts.correctCount,
			total: sql<number>`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.assignmentId} = ${assignments.id})`,
			finishedAt: attempts.finishedAt
		})
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.innerJoin(libraryArticles, eq(libraryArticles.articleId, assignments.articleId))
		.leftJoin(personalReadings, and(eq(personalReadings.assignmentId, assignments.id), eq(personalReadings.userId, userId)))
		.where(eq(attempts.userId, userId))
		.orderBy(asc(attempts.startedAt))
		.all();
}
