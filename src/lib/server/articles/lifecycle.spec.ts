import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { articles, questions } from '../db/schema';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { teacherAssignment } from '../access/teacher';
import { assignmentReport } from '../reports/assignment-report';
import { createAssignments } from '../assignments/assignments';
import { listArticles } from './articles';
import { archivedArticles, articleUses, removeArticle, restoreArticle } from './lifecycle';

function world() {
	const db = testDb();
	const anna = addUser(db, 'teacher');
	const bogdan = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola');
	const cls = addClass(db, anna, [ola]);
	const used = addArticle(db, anna, ['time'], 'Używany');
	const spare = addArticle(db, anna, ['place'], 'Nieużywany');
	const asg = addAssignment(db, anna, cls, used);
	addAnswer(db, ola, asg, used.questionIds[0], true, Date.now());
	return { db, anna, bogdan, cls, used, spare, asg };
}

describe('removing an article', () => {
	it('deletes an unused one with its questions', () => {
		const { db, anna, spare } = world();
		expect(articleUses(db, spare.id)).toBe(0);
		expect(removeArticle(db, anna, spare.id)).toBe('deleted');
		expect(
			db
				.select({ id: articles.id })
				.from(articles)
				.all()
				.map((a) => a.id)
		).not.toContain(spare.id);
		expect(
			db
				.select()
				.from(questions)
				.all()
				.map((q) => q.articleId)
		).not.toContain(spare.id);
	});

	it('archives one in use: gone from lists and new assignments, kept in reports', () => {
		const { db, anna, cls, used, asg } = world();
		expect(articleUses(db, used.id)).toBe(1);
		expect(removeArticle(db, anna, used.id)).toBe('archived');
		expect(listArticles(db, anna).map((a) => a.title)).toEqual(['Nieużywany']);
		expect(archivedArticles(db, anna).map((a) => a.title)).toEqual(['Używany']);
		const again = createAssignments(db, anna, { articleId: used.id, classIds: [cls], questionIds: used.questionIds, dueAt: null });
		expect(again).toMatchObject({ ok: false, status: 400 });
		const report = assignmentReport(db, teacherAssignment(db, anna, asg)!);
		expect(report.assignment.title).toBe('Używany');
		expect(report.learners[0]).toMatchObject({ answered: 1, correct: 1 });
		expect(removeArticle(db, anna, used.id)).toBeNull();
	});

	it('comes back from the archive for its owner only', () => {
		const { db, anna, bogdan, used } = world();
		removeArticle(db, anna, used.id);
		expect(restoreArticle(db, bogdan, used.id)).toBe(false);
		expect(restoreArticle(db, anna, used.id)).toBe(true);
		expect(listArticles(db, anna)).toHaveLength(2);
	});

	it('changes nothing for another teacher', () => {
		const { db, anna, bogdan, used, spare } = world();
		expect(removeArticle(db, bogdan, used.id)).toBeNull();
		expect(removeArticle(db, bogdan, spare.id)).toBeNull();
		expect(listArticles(db, anna)).toHaveLength(2);
	});
});
