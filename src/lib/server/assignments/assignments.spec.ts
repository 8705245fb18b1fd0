import { describe, expect, it } from 'vitest';
import { createArticle } from '../articles/articles';
import { articleWorld, NEWS } from '../articles/fixtures';
import { liveQuestions } from '../articles/questions';
import { submitAnswer } from '../learn/submit-answer';
import { teacherAssignment } from '../access/teacher';
import { assignmentReport } from '../reports/assignment-report';
import { createAssignments, listAssignments } from './assignments';

function world() {
	const db = articleWorld();
	const articleId = createArticle(db, 'anna', { title: 'Most', rawText: NEWS });
	const questionIds = liveQuestions(db, articleId).map((q) => q.id);
	return { db, articleId, questionIds };
}

describe('createAssignments', () => {
	it('assigns chosen questions in the article order', () => {
		const { db, articleId, questionIds } = world();
		const r = createAssignments(db, 'anna', {
			articleId,
			classIds: ['klasa-a'],
			questionIds: [questionIds[2], questionIds[0]],
			dueAt: null
		});
		expect(r.ok).toBe(true);
		const report = assignmentReport(db, teacherAssignment(db, 'anna', r.ok ? r.ids[0] : '')!);
		expect(report.items.map((q) => q.id)).toEqual([questionIds[0], questionIds[2]]);
	});

	it("refuses another teacher's article or class, foreign questions and empty choices", () => {
		const { db, articleId, questionIds } = world();
		const other = createArticle(db, 'bogdan', { title: 'Inny', rawText: NEWS });
		const foreignQ = liveQuestions(db, other)[0].id;
		const ok = { articleId, classIds: ['klasa-a'], questionIds: [questionIds[0]], dueAt: null };
		expect(createAssignments(db, 'bogdan', ok)).toMatchObject({ ok: false, status: 404 });
		expect(createAssignments(db, 'anna', { ...ok, classIds: ['klasa-b'] })).toMatchObject({ ok: false, status: 404 });
		expect(createAssignments(db, 'anna', { ...ok, questionIds: [foreignQ] })).toMatchObject({ ok: false, status: 404 });
		expect(createAssignments(db, 'anna', { ...ok, questionIds: [] })).toMatchObject({ ok: false, status: 400 });
		expect(createAssignments(db, 'anna', { ...ok, classIds: [] })).toMatchObject({ ok: false, status: 400 });
		expect(listAssignments(db, 'anna')).toEqual([]);
	});
});

describe('an assignment in progress', () => {
	it("shows each learner's state and score as answers come in, and the list counts the same", () => {
		const { db, articleId, questionIds } = world();
		const r = createAssignments(db, 'anna', { articleId, classIds: ['klasa-a'], questionIds: questionIds.slice(0, 2), dueAt: null });
		const id = r.ok ? r.ids[0] : '';
		const report = () => assignmentReport(db, teacherAssignment(db, 'anna', id)!);
		expect(report().learners).toMatchObject([{ username: 'ola', state: 'not-started', answered: 0 }]);
		submitAnswer(db, 'ola', id, questionIds[0], 'coś');
		expect(report().learners[0]).toMatchObject({ state: 'in-progress', answered: 1 });
		submitAnswer(db, 'ola', id, questionIds[1], 'coś');
		expect(report().learners[0]).toMatchObject({ state: 'done', answered: 2 });
		expect(report().summary).toMatchObject({ learners: 1, done: 1 });
		expect(listAssignments(db, 'anna')).toMatchObject([{ id, finished: 1, learners: 1 }]);
	});
});
