import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { addReadingTime, learnerProgress, MAX_SECONDS_PER_CALL } from './learner-progress';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from './test-fixtures';
import { submitReview } from '../review/submit-review';
import { reviewQueue } from '../review/queue';

const DAY = 86_400_000;
const t0 = Date.parse('2024-05-06T08:00:00Z'); // Monday

function setup() {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola');
	const cls = addClass(db, teacher, [ola]);
	const a1 = addArticle(db, teacher, ['time', 'quantity']);
	const a2 = addArticle(db, teacher, ['time', 'person', 'place']);
	const as1 = addAssignment(db, teacher, cls, a1);
	const as2 = addAssignment(db, teacher, cls, a2);
	return { db, ola, a1, a2, as1, as2 };
}

describe('learnerProgress', () => {
	it('counts finished readings, average, skills, streak and reading time', () => {
		const { db, ola, a1, a2, as1, as2 } = setup();
		addAnswer(db, ola, as1, a1.questionIds[0], true, t0);
		addAnswer(db, ola, as1, a1.questionIds[1], false, t0 + 60_000); // 1 of 2, finished Monday
		addAnswer(db, ola, as2, a2.questionIds[0], true, t0 + 7 * DAY);
		addAnswer(db, ola, as2, a2.questionIds[1], true, t0 + 8 * DAY);
		addAnswer(db, ola, as2, a2.questionIds[2], true, t0 + 9 * DAY); // 3 of 3, next week
		addReadingTime(db, ola, as1, 90);
		addReadingTime(db, ola, as2, 10_000);

		const p = learnerProgress(db, ola, t0 + 10 * DAY);
		expect(p.finished).toBe(2);
		expect(p.average).toBeCloseTo(0.75, 10);
		expect(p.weeks.map((w) => [w.week, w.average])).toEqual([
			['2024-05-06', 0.5],
			['2024-05-13', 1]
		]);
		expect(p.trend?.direction).toBe('up');
		expect(p.streak).toEqual({ current: 3, longest: 3 });
		expect(p.readingSeconds).toBe(90 + MAX_SECONDS_PER_CALL);
		const bySkill = Object.fromEntries(p.skills.map((s) => [s.skill, [s.answered, s.correct]]));
		expect(bySkill).toMatchObject({ time: [2, 2], quantity: [1, 0], person: [1, 1], place: [1, 1], detail: [0, 0] });
		expect(p.reviews.due).toBe(1);
	});

	it('never counts more reading time than has passed since the attempt began', () => {
		const { db, ola, as1 } = setup();
		const start = Date.now();
		for (let i = 0; i < 50; i++) addReadingTime(db, ola, as1, MAX_SECONDS_PER_CALL, start + 400);
		expect(learnerProgress(db, ola).readingSeconds).toBeLessThanOrEqual(MAX_SECONDS_PER_CALL + 1);
		addReadingTime(db, ola, as1, 60, start + 20 * 60_000);
		expect(learnerProgress(db, ola).readingSeconds).toBe(MAX_SECONDS_PER_CALL + 60);
	});

	it('rejects nonsense reading times', () => {
		const { db, ola, as1 } = setup();
		expect(addReadingTime(db, ola, as1, -5).ok).toBe(false);
		expect(addReadingTime(db, ola, as1, 'abc').ok).toBe(false);
		expect(learnerProgress(db, ola).readingSeconds).toBe(0);
		expect(learnerProgress(db, ola).finished).toBe(0);
	});
});

describe('review queue', () => {
	const check = (e: { answer: string }, given: string) => {
		const correct = given === e.answer;
		return {
			correct,
			kind: correct ? 'correct' : 'incorrect',
			feedback: '',
			normalizedExpected: e.answer,
			normalizedGiven: given
		} as const;
	};

	it('brings a wrong answer back, reschedules it and counts the review in progress', () => {
		const { db, ola, a1, as1 } = setup();
		addAnswer(db, ola, as1, a1.questionIds[0], true, t0);
		addAnswer(db, ola, as1, a1.questionIds[1], false, t0);
		const q = reviewQueue(db, ola, t0 + 1000);
		expect(q.due.map((d) => d.questionId)).toEqual([a1.questionIds[1]]);

		const wrong = submitReview(db, ola, a1.questionIds[1], 'nie wiem', check, t0 + 2000);
		expect(wrong).toMatchObject({ ok: true, correct: false, answer: 'dobrze', sentence: 'Zdanie 2.' });
		// Again: back within minutes, not at once.
		expect(reviewQueue(db, ola, t0 + 3000).due).toHaveLength(0);
		expect(submitReview(db, ola, a1.questionIds[1], 'dobrze', check, t0 + 3000)).toMatchObject({ ok: false, status: 409 });

		const later = t0 + DAY;
		const right = submitReview(db, ola, a1.questionIds[1], 'dobrze', check, later);
		expect(right.ok && right.correct).toBe(true);
		if (right.ok) expect(right.nextDue.getTime()).toBeGreaterThan(later);

		const p = learnerProgress(db, ola, later);
		expect(p.reviews).toMatchObject({ done: 2, correct: 1, due: 0 });
		expect(p.skills.find((s) => s.skill === 'quantity')).toMatchObject({ answered: 1, correct: 0, reviewed: 2, reviewedCorrect: 1 });
		expect(p.streak.current).toBe(2);
	});

	it('keeps other learners’ questions out', () => {
		const { db, ola, a1, as1 } = setup();
		const other = addUser(db, 'learner', 'Jan');
		addAnswer(db, ola, as1, a1.questionIds[1], false, t0);
		expect(reviewQueue(db, other, t0 + 1000).due).toHaveLength(0);
		expect(submitReview(db, other, a1.questionIds[1], 'dobrze', check, t0 + 1000)).toMatchObject({ ok: false, status: 404 });
	});
});
