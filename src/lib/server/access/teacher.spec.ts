import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import {
	teacherArticleOr404,
	teacherAssignmentOr404,
	teacherClassOr404,
	teacherLearnerOr404,
	teacherQuestion,
	teacherQuestionOr404
} from './teacher';
import { thrown } from './test-thrown';

function world() {
	const db = testDb();
	const anna = addUser(db, 'teacher');
	const bogdan = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola');
	const cls = addClass(db, anna, [ola], '4b');
	const art = addArticle(db, anna, ['time', 'place']);
	const asg = addAssignment(db, anna, cls, art);
	return { db, anna, bogdan, ola, cls, art, asg };
}

describe('a teacher and ids of things that are not theirs', () => {
	it("gets 404 for another teacher's class, article, question and assignment, exactly as for a made-up id", () => {
		const { db, anna, bogdan, cls, art, asg } = world();
		const q = art.questionIds[0];
		const cases: [() => unknown, () => unknown][] = [
			[() => teacherClassOr404(db, bogdan, cls), () => teacherClassOr404(db, bogdan, 'no-such-class')],
			[() => teacherArticleOr404(db, bogdan, art.id), () => teacherArticleOr404(db, bogdan, 'no-such-article')],
			[() => teacherQuestionOr404(db, bogdan, art.id, q), () => teacherQuestionOr404(db, bogdan, art.id, 'no-such-question')],
			[() => teacherAssignmentOr404(db, bogdan, asg), () => teacherAssignmentOr404(db, bogdan, 'no-such-assignment')]
		];
		for (const [foreign, madeUp] of cases) {
			expect(thrown(foreign)).toMatchObject({ status: 404 });
			expect(thrown(foreign)).toEqual(thrown(madeUp));
		}
		// The owner gets each of them, so the 404s come from the ownership rule.
		expect(teacherClassOr404(db, anna, cls)).toMatchObject({ id: cls, name: '4b', learners: 1 });
		expect(teacherArticleOr404(db, anna, art.id).id).toBe(art.id);
		expect(teacherQuestionOr404(db, anna, art.id, q).id).toBe(q);
		expect(teacherAssignmentOr404(db, anna, asg)).toMatchObject({ id: asg, classId: cls, className: '4b', articleId: art.id });
	});

	it("cannot reach another teacher's question through their own article", () => {
		const { db, anna, bogdan, art } = world();
		const own = addArticle(db, bogdan, ['person']);
		expect(teacherQuestion(db, bogdan, own.id, art.questionIds[0])).toBeUndefined();
		expect(teacherQuestion(db, anna, own.id, art.questionIds[0])).toBeUndefined();
		expect(teacherQuestion(db, bogdan, own.id, own.questionIds[0])?.id).toBe(own.questionIds[0]);
	});

	it("gets 404 for a learner of another teacher's class and for someone not in the class", () => {
		const { db, anna, bogdan, ola, cls } = world();
		const outsider = addUser(db, 'learner');
		expect(thrown(() => teacherLearnerOr404(db, bogdan, cls, ola))).toMatchObject({ status: 404 });
		expect(thrown(() => teacherLearnerOr404(db, anna, cls, outsider))).toEqual(thrown(() => teacherLearnerOr404(db, bogdan, cls, ola)));
		expect(teacherLearnerOr404(db, anna, cls, ola)).toEqual({
			cls: { id: cls, name: '4b', code: cls.toUpperCase() },
			learner: { id: ola, name: 'Ola', username: ola }
		});
	});
});
