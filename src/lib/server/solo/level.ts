// A self-study learner's level from the database: the profile's self-rating, the placement readings and every
// finished library reading, replayed by level-rules.ts.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { assignmentQuestions, assignments, attempts, learnerProfiles, libraryArticles, personalReadings } from '../db/schema';
import { libraryAttempts } from './library-attempts';
import { placement, replayLevel, type Placement, type Result } from './level-rules';

function learnerProfile(db: Db, userId: string) {
	return db.select().from(learnerProfiles).where(eq(learnerProfiles.userId, userId)).get();
}

/** The placement's readings so far, in the order they were opened. */
function placementReadings(db: Db, userId: string) {
	return db
		.select({
			assignmentId: personalReadings.assignmentId,
			correct: attempts.correctCount,
			finishedAt: attempts.finishedAt,
			total: sql<number>`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.assignmentId} = ${assignments.id})`
		})
		.from(personalReadings)
		.innerJoin(assignments, eq(assignments.id, personalReadings.assignmentId))
		.innerJoin(libraryArticles, eq(libraryArticles.articleId, assignments.articleId))
		.leftJoin(attempts, and(eq(attempts.assignmentId, assignments.id), eq(attempts.userId, userId)))
		.where(and(eq(personalReadings.userId, userId), eq(personalReadings.purpose, 'placement')))
		.orderBy(asc(personalReadings.createdAt))
		.all();
}

function placementOf(db: Db, userId: string, self: Parameters<typeof placement>[0]): Placement {
	const taken = placementReadings(db, userId).map((r) => ({
		assignmentId: r.assignmentId,
		finishedAt: r.finishedAt?.getTime() ?? null,
		score: r.finishedAt && r.total ? (r.correct ?? 0) / r.total : null
	}));
	return placement(self, taken);
}

/** Null for a learner without a profile (a class learner who has not rated themselves yet). */
export function learnerLevel(db: Db, userId: string) {
	const profile = learnerProfile(db, userId);
	if (!profile) return null;
	const placed = placementOf(db, userId, profile.selfLevel);
	const results: Result[] = libraryAttempts(db, userId)
		.filter((a) => a.purpose !== 'placement' && a.finishedAt && a.total > 0)
		.map((a) => ({ level: a.level, score: a.correct / a.total, at: a.finishedAt!.getTime() }));
	const state = replayLevel({ level: profile.selfLevel, at: profile.createdAt.getTime() }, placed, results);
	return { profile, placement: placed, ...state };
}
