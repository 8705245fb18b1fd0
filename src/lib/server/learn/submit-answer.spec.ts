import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { answers, attempts } from '../db/schema';
import { addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { submitAnswer } from './submit-answer';

function world() {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const other = addUser(db, 'teacher');
	const ola = addUser(db, 'learner');
	const kuba = addUser(db, 'learner');
	const cls = addClass(db, teacher, [ola]);
	const art = addArticle(db, teacher, ['time']);
	const foreign = addArticle(db, other, ['place']);
	addAssignment(db, other, addClass(db, other, [kuba]), foreign);
	const asg = addAssignment(db, teacher, cls, art);
	return { db, ola, kuba, art, foreign, asg };
}

describe('submitting an answer', () => {
	it('refuses a question of another article posted to the learner’s own reading, and saves nothing', () => {
		const { db, ola, foreign, asg } = world();
		expect(submitAnswer(db, ola, asg, foreign.questionIds[0], 'dobrze')).toMatchObject({ ok: false, status: 404 });
		expect(db.select().from(answers).all()).toEqual([]);
		expect(db.select().from(attempts).all()).toEqual([]);
	});

	it('refuses a learner who is not in the class, even with the right question', () => {
		const { db, kuba, art, asg } = world();
		expect(submitAnswer(db, kuba, asg, art.questionIds[0], 'dobrze')).toMatchObject({ ok: false, status: 404 });
		expect(db.select().from(answers).all()).toEqual([]);
	});

	it('saves and checks an answer to a question of the learner’s own reading', () => {
		const { db, ola, art, asg } = world();
		expect(submitAnswer(db, ola, asg, art.questionIds[0], 'dobrze')).toMatchObject({ ok: true, answer: { correct: true } });
		expect(db.select().from(attempts).all()).toMatchObject([{ userId: ola, answeredCount: 1, correctCount: 1 }]);
	});
});
