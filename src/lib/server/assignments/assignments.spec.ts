import { describe, expect, it } from 'vitest';
import { createArticle } from '../articles/articles';
import { articleWorld, NEWS } from '../articles/fixtures';
import { liveQuestions } from '../articles/questions';
import { submitAnswer } from '../learn/submit-answer';
import { assignmentOptions, assignmentReport, createAssignments, listAssignments } from './assignments';

function world() {
	const db = articleWorld();
	const articleId = createArticle(db, 'anna', { title: 'Most', rawText: NEWS });
	const questionIds = liveQuestions(db, articleId).map((q) => q.id);
	return { db, articleId, questionIds };
}

describe('createAssignments', () => {
	it('assigns chosen questions in the article order', () => {
		const { db, articleId, questionIds } = world();
		const r = createAssignments(db, 'anna', { articleId, classIds: ['klasa-a'], questionIds: [questionIds[2], questionIds[0]], dueAt: null });
		expect(r.ok).toBe(true);
		const report = assignmentReport(db, 'anna', r.ok ? r.ids[0] : '')!;
		expect(report.questions.map((q) => q.id)).toEqual([questionIds[0], questionIds[2]]);
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
		expect(assignmentOptions(db, 'bogdan', articleId)).toBeNull();
	});
});

describe('assignmentReport', () => {
	it("shows each learner's state and score, only to the assignment's teacher", () => {
		const { db, articleId, questionIds } = world();
		const r = createAssignments(db, 'anna', { articleId, classIds: ['klasa-a'], questionIds: questionIds.slice(0, 2), dueAt: null });
		const id = r.ok ? r.ids[0] : '';
		expect(assignmentReport(db, 'anna', id)!.learners).toMatchObject([{ username: 'ola', state: 'not-started', answered: 0 }]);
		submitAnswer(db, 'ola', id, questionIds[0], 'coś');
		expect(assignmentReport(db, 'anna', id)!.learners[0]).toMatchObject({ state: 'in-progress', answered: 1 });
		submitAnswer(db, 'ola', id, questionIds[1], 'coś');
		expect(assignmentReport(db, 'anna', id)!.learners[0]).toMatchObject({ state: 'done', answered: 2 });
		expect(assignmentReport(db, 'bogdan', id)).toBeNull();
		expect(listAssignments(db, 'anna')).toMatchObject([{ id, finished: 1, learners: 1 }]);
	});
});
