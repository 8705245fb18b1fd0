import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { answers, attempts, questions, reviewLog } from '../db/schema';
import { dueReviewCount } from '../review/queue';
import { dayKey } from '$lib/warsaw-time';
import { SKILLS, type Skill } from '$lib/domain/skills';
import { streak, trend, weeklyAverages } from './stats';

interface SkillRow {
	skill: Skill;
	answered: number;
	correct: number;
	reviewed: number;
	reviewedCorrect: number;
}

/** Everything /learn/progress shows, for one learner. Reviews count towards skills and the streak. */
export function learnerProgress(db: Db, userId: string, now = Date.now()) {
	const mine = db
		.select({
			id: attempts.id,
			finishedAt: attempts.finishedAt,
			correct: attempts.correctCount,
			readingSeconds: attempts.readingSeconds,
			total: sql<number>`(select count(*) from "assignment_questions" "aq" where "aq"."assignment_id" = "attempts"."assignment_id")`
		})
		.from(attempts)
		.where(eq(attempts.userId, userId))
		.all();
	const finished = mine.filter((a) => a.finishedAt && a.total > 0);
	const points = finished.map((a) => ({ at: a.finishedAt!.getTime(), score: a.correct / a.total }));
	const weeks = weeklyAverages(points);

	const answerSkills = db
		.select({ skill: questions.skill, answered: sql<number>`count(*)`, correct: sql<number>`coalesce(sum(${answers.correct}), 0)` })
		.from(attempts)
		.innerJoin(answers, eq(answers.attemptId, attempts.id))
		.innerJoin(questions, eq(questions.id, answers.questionId))
		.where(eq(attempts.userId, userId))
		.groupBy(questions.skill)
		.all();
	const reviewSkills = db
		.select({ skill: questions.skill, reviewed: sql<number>`count(*)`, correct: sql<number>`coalesce(sum(${reviewLog.correct}), 0)` })
		.from(reviewLog)
		.innerJoin(questions, eq(questions.id, reviewLog.questionId))
		.where(eq(reviewLog.userId, userId))
		.groupBy(questions.skill)
		.all();
	const skills: SkillRow[] = SKILLS.map((skill) => {
		const a = answerSkills.find((s) => s.skill === skill);
		const r = reviewSkills.find((s) => s.skill === skill);
		return { skill, answered: a?.answered ?? 0, correct: a?.correct ?? 0, reviewed: r?.reviewed ?? 0, reviewedCorrect: r?.correct ?? 0 };
	});

	// Distinct days are computed in JS: SQLite has no Europe/Warsaw time zone.
	const answerTimes = db
		.select({ at: answers.answeredAt })
		.from(attempts)
		.innerJoin(answers, eq(answers.attemptId, attempts.id))
		.where(eq(attempts.userId, userId))
		.all();
	const reviewTimes = db.select({ at: reviewLog.reviewedAt }).from(reviewLog).where(eq(reviewLog.userId, userId)).all();
	const days = new Set<string>();
	for (const r of answerTimes) days.add(dayKey(r.at));
	for (const r of reviewTimes) days.add(dayKey(r.at));

	const reviews = reviewSkills.reduce((s, r) => s + r.reviewed, 0);
	return {
		finished: finished.length,
		started: mine.filter((a) => a.total > 0).length,
		average: points.length ? points.reduce((s, p) => s + p.score, 0) / points.length : null,
		weeks,
		trend: trend(weeks),
		streak: streak(days, dayKey(now)),
		readingSeconds: mine.reduce((s, a) => s + a.readingSeconds, 0),
		skills,
		reviews: { done: reviews, correct: reviewSkills.reduce((s, r) => s + r.correct, 0), due: dueReviewCount(db, userId, now) }
	};
}

/** Time reading one call may add: the page reports every minute or so, so more is a stale tab or a forged call. */
export const MAX_SECONDS_PER_CALL = 300;

export type AddTimeResult = { ok: true; seconds: number } | { ok: false; message: string };

/**
 * Adds reading time to the learner's attempt (created if they have not answered yet). Caller checked membership.
 * The total never exceeds the time since the attempt began (plus one call's worth, for reading before the
 * first report), so many calls at once cannot add up to hours.
 */
export function addReadingTime(db: Db, userId: string, assignmentId: string, seconds: unknown, now = Date.now()): AddTimeResult {
	const n = typeof seconds === 'number' ? Math.round(seconds) : typeof seconds === 'string' ? Math.round(Number(seconds)) : NaN;
	if (!Number.isFinite(n) || n < 1) return { ok: false, message: 'Podaj liczbę sekund (co najmniej 1).' };
	const add = Math.min(n, MAX_SECONDS_PER_CALL);
	db.transaction((tx) => {
		tx.insert(attempts).values({ id: crypto.randomUUID(), userId, assignmentId }).onConflictDoNothing().run();
		const elapsed = sql`max(0, cast((${now} - ${attempts.startedAt}) / 1000 as integer))`;
		tx.update(attempts)
			.set({ readingSeconds: sql`min(${attempts.readingSeconds} + ${add}, ${elapsed} + ${MAX_SECONDS_PER_CALL})` })
			.where(and(eq(attempts.userId, userId), eq(attempts.assignmentId, assignmentId)))
			.run();
	});
	return { ok: true, seconds: add };
}
