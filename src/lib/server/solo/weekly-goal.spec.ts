import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { learnerProfiles } from '../db/schema';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { parseValues } from '../forms/parse';
import { setWeeklyGoal, weeklyGoal, weeklyGoalForm } from './weekly-goal';

// Wednesday 2024-05-15, noon in Warsaw; that week began on Monday the 13th.
const WEDNESDAY = Date.parse('2024-05-15T10:00:00Z');
const DAY = 86_400_000;

describe('the weekly goal', () => {
	it('counts readings finished since Monday against the goal, which the learner may change', () => {
		const db = testDb();
		const teacher = addUser(db, 'teacher');
		const ola = addUser(db, 'learner', 'Ola');
		const cls = addClass(db, teacher, [ola]);
		expect(weeklyGoal(db, ola, WEDNESDAY)).toBeNull();
		db.insert(learnerProfiles).values({ userId: ola, selfLevel: 'A2' }).run();
		const finishAt = (at: number) => {
			const art = addArticle(db, teacher, ['time']);
			addAnswer(db, ola, addAssignment(db, teacher, cls, art), art.questionIds[0], true, at);
		};
		finishAt(WEDNESDAY - 3 * DAY); // the Sunday before: last week
		finishAt(WEDNESDAY - 2 * DAY);
		finishAt(WEDNESDAY - 1000);
		expect(weeklyGoal(db, ola, WEDNESDAY)).toMatchObject({ goal: 3, done: 2, since: '13 maja 2024' });
		expect(setWeeklyGoal(db, ola, 5)).toBe(true);
		expect(weeklyGoal(db, ola, WEDNESDAY)?.goal).toBe(5);
	});

	it('takes a goal from 1 to 14 readings a week', () => {
		expect(parseValues(weeklyGoalForm, { goal: '4' })).toMatchObject({ ok: true, data: { goal: 4 } });
		expect(parseValues(weeklyGoalForm, { goal: '0' })).toMatchObject({ ok: false });
		expect(parseValues(weeklyGoalForm, { goal: '15' })).toMatchObject({ ok: false });
		expect(parseValues(weeklyGoalForm, { goal: 'dużo' })).toMatchObject({ ok: false, message: expect.stringContaining('Wybierz') });
	});
});
