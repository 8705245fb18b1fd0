import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { answers, attempts } from '../db/schema';
import { addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { submitAnswer } from './submit-answer';

// A learner's browser keeps an answer it could not send and posts it again when the connection returns;
// the first post may have reached the server after all. One answer per learner and question is stored.
function world() {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const ola = addUser(db, 'learner');
	const art = addArticle(db, teacher, ['time', 'place']);
	const asg = addAssignment(db, teacher, addClass(db, teacher, [ola]), art);
	return { db, ola, asg, q: art.questionIds[0] };
}

describe('an answer posted again (retry after a dropped connection)', () => {
	it('is stored once and counted once; the retry gets the stored answer back', () => {
		const { db, ola, asg, q } = world();
		const first = submitAnswer(db, ola, asg, q, 'dobrze');
		const retry = submitAnswer(db, ola, asg, q, 'dobrze');
		expect(first).toMatchObject({ ok: true, duplicate: false });
		expect(retry).toMatchObject({ ok: true, duplicate: true });
		if (!first.ok || !retry.ok) return;
		expect(retry.answer.id).toBe(first.answer.id);
		expect(db.select().from(answers).all()).toHaveLength(1);
		expect(db.select().from(attempts).all()).toMatchObject([{ answeredCount: 1, correctCount: 1, finishedAt: null }]);
	});

	it('does not replace or re-score the stored answer when another one arrives later (a second tab, a late queue)', () => {
		const { db, ola, asg, q } = world();
		submitAnswer(db, ola, asg, q, 'źle');
		const late = submitAnswer(db, ola, asg, q, 'dobrze');
		expect(late).toMatchObject({ ok: true, duplicate: true, answer: { given: 'źle', correct: false } });
		expect(db.select().from(answers).all()).toMatchObject([{ given: 'źle', correct: false }]);
		expect(db.select().from(attempts).all()).toMatchObject([{ answeredCount: 1, correctCount: 0 }]);
	});
});
