import { describe, expect, it } from 'vitest';
import { OWN_TEXTS_PER_DAY } from '$lib/domain/limits';
import { NEWS } from '../articles/fixtures';
import { testDb } from '../db/test-db';
import { addClass, addUser } from '../progress/test-fixtures';
import { learnerAssignmentOr404, teacherArticle, teacherAssignment } from '../access';
import { assignableArticle } from '../access/library';
import { thrown } from '../access/test-thrown';
import { joinClass } from '../classes/membership';
import { createAssignments } from '../assignments/assignments';
import { listArticles } from '../articles/articles';
import { listReadings } from '../learn/readings';
import { reportIndex } from '../reports/teacher-index';
import { addOwnText, LIMIT_REACHED, ownTexts, ownTextsLeft, titleFromText } from './own-text';

const values = (text = NEWS, title = 'Most') => ({ title, source: '', publishedOn: '', text, keep: [] });

function world() {
	const db = testDb();
	const anna = addUser(db, 'teacher', 'Anna');
	const ola = addUser(db, 'learner', 'Ola');
	const kuba = addUser(db, 'learner', 'Kuba');
	const cls = addClass(db, anna, [kuba, ola], '4b');
	return { db, anna, ola, kuba, cls };
}

describe("a learner's own text", () => {
	it('becomes a private reading with generated questions', () => {
		const { db, ola } = world();
		const r = addOwnText(db, ola, values());
		if (!r.ok) throw new Error(r.message);
		expect(learnerAssignmentOr404(db, ola, r.assignmentId)).toMatchObject({ className: 'Samodzielnie' });
		const [reading] = listReadings(db, ola);
		expect(reading).toMatchObject({ assignmentId: r.assignmentId, title: 'Most' });
		expect(reading.total).toBeGreaterThanOrEqual(3);
		expect(ownTexts(db, ola).map((t) => t.title)).toEqual(['Most']);
	});

	it('is invisible to every teacher, also one whose class the learner is in, and to other learners', () => {
		const { db, anna, ola, kuba, cls } = world();
		const r = addOwnText(db, ola, values());
		if (!r.ok) throw new Error(r.message);
		const articleId = learnerAssignmentOr404(db, ola, r.assignmentId).articleId;
		expect(thrown(() => learnerAssignmentOr404(db, kuba, r.assignmentId))).toMatchObject({ status: 404 });
		expect(listReadings(db, kuba)).toEqual([]);
		expect(teacherArticle(db, anna, articleId)).toBeUndefined();
		expect(assignableArticle(db, anna, articleId)).toBeUndefined();
		expect(teacherAssignment(db, anna, r.assignmentId)).toBeUndefined();
		expect(listArticles(db, anna)).toEqual([]);
		expect(reportIndex(db, anna).flatMap((c) => c.assignments)).toEqual([]);
		expect(createAssignments(db, anna, { articleId, classIds: [cls], questionIds: [], dueAt: null })).toMatchObject({
			ok: false,
			status: 404
		});
		joinClass(db, cls, ola);
		expect(teacherArticle(db, anna, articleId)).toBeUndefined();
	});

	it(`is limited to ${OWN_TEXTS_PER_DAY} a day, with a clear message`, () => {
		const { db, ola } = world();
		for (let i = 0; i < OWN_TEXTS_PER_DAY; i++) expect(addOwnText(db, ola, values(NEWS, `Most ${i}`)).ok).toBe(true);
		expect(ownTextsLeft(db, ola)).toBe(0);
		expect(addOwnText(db, ola, values())).toEqual({ ok: false, status: 429, message: LIMIT_REACHED });
		expect(LIMIT_REACHED).toContain('Jutro');
	}, 30_000);

	it('is refused, and not counted, when no question can be made of it', () => {
		const { db, ola } = world();
		expect(addOwnText(db, ola, values('Ala ma kota.'))).toMatchObject({
			ok: false,
			status: 400,
			message: expect.stringContaining('pytań')
		});
		expect(ownTextsLeft(db, ola)).toBe(OWN_TEXTS_PER_DAY);
	});

	it('gets a title from its first line when none was typed', () => {
		expect(titleFromText('  Nowy most w Toruniu otwarty\n\nW piątek…')).toBe('Nowy most w Toruniu otwarty');
		expect(titleFromText('')).toBe('Mój tekst');
		expect(titleFromText('słowo '.repeat(30)).length).toBeLessThanOrEqual(81);
	});
});
