import { and, eq, gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { dayKey, dayStart, formatDate, weekStart } from '$lib/warsaw-time';
import type { Db } from '../db';
import { attempts, learnerProfiles } from '../db/schema';

const MAX_WEEKLY_GOAL = 14;

export const weeklyGoalForm = z.object({
	goal: z.coerce
		.number({ error: 'Wybierz, ile tekstów tygodniowo chcesz czytać.' })
		.int()
		.min(1, 'Cel to co najmniej 1 tekst tygodniowo.')
		.max(MAX_WEEKLY_GOAL, `Cel to najwyżej ${MAX_WEEKLY_GOAL} tekstów tygodniowo.`)
});

/** Readings finished this week (Warsaw, from Monday), any of them (a class's or one's own), against the learner's goal. */
export function weeklyGoal(db: Db, userId: string, now = Date.now()) {
	const profile = db.select({ goal: learnerProfiles.weeklyGoal }).from(learnerProfiles).where(eq(learnerProfiles.userId, userId)).get();
	if (!profile) return null;
	const monday = weekStart(dayKey(now));
	const done = db
		.select({ n: sql<number>`count(*)` })
		.from(attempts)
		.where(and(eq(attempts.userId, userId), gte(attempts.finishedAt, new Date(dayStart(monday)))))
		.get()!.n;
	return { goal: profile.goal, done, since: formatDate(monday), max: MAX_WEEKLY_GOAL };
}

/** Changes the goal of a learner who has a profile; false for one without (nothing changes). */
export function setWeeklyGoal(db: Db, userId: string, goal: number): boolean {
	return db.update(learnerProfiles).set({ weeklyGoal: goal }).where(eq(learnerProfiles.userId, userId)).run().changes > 0;
}
