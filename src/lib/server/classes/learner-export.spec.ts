import { describe, expect, it } from 'vitest';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { testDb } from '../db/test-db';
import { teacherLearnerOr404 } from '../access/teacher';
import { thrown } from '../access/test-thrown';
import { learnerExport, learnerExportCsv } from './learner-export';

function world() {
	const db = testDb();
	const anna = addUser(db, 'teacher');
	const bogdan = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola Nowak');
	const mine = addClass(db, anna, [ola], '4b');
	const empty = addClass(db, anna, [ola], 'Kółko');
	const theirs = addClass(db, bogdan, [ola], 'Cudza');
	const art = addArticle(db, anna, ['time', 'place'], 'Most');
	const asg = addAssignment(db, anna, mine, art, new Date('2026-03-01T10:00:00Z'));
	addAnswer(db, ola, asg, art.questionIds[0], true, Date.parse('2026-03-02T08:30:00Z'), '=SUMA(1)');
	const other = addArticle(db, bogdan, ['person'], 'Cudzy tekst');
	const otherAsg = addAssignment(db, bogdan, theirs, other);
	addAnswer(db, ola, otherAsg, other.questionIds[0], false, Date.now());
	return { db, anna, bogdan, ola, mine, empty, theirs };
}

describe("a learner's data for their teacher", () => {
	it("has the account, the teacher's classes, assignments and answers with dates, and nothing of other teachers", () => {
		const { db, anna, ola, mine } = world();
		const e = learnerExport(db, anna, teacherLearnerOr404(db, anna, mine, ola).learner);
		expect(e.account).toMatchObject({ username: ola, displayName: 'Ola Nowak', madeBy: 'self' });
		expect(e.classes.map((c) => c.name)).toEqual(['4b', 'Kółko']);
		expect(e.classes[0].assignments).toMatchObject([
			{
				title: 'Most',
				assignedAt: '2026-03-01T10:00:00.000Z',
				answers: [{ question: 'Pytanie 1?', given: '=SUMA(1)', correct: true, answeredAt: '2026-03-02T08:30:00.000Z' }]
			}
		]);
		expect(JSON.stringify(e)).not.toContain('Cudz');
	});

	it('as CSV: one row per answer, rows for an unanswered assignment and an empty class, Warsaw times, formulas defused', () => {
		const { db, anna, ola, mine } = world();
		const csv = learnerExportCsv(learnerExport(db, anna, teacherLearnerOr404(db, anna, mine, ola).learner));
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^Login;Imię i nazwisko;/);
		expect(lines[1]).toContain(';4b;');
		expect(lines[1]).toContain(';Most;2026-03-01 11:00:00;');
		expect(lines[1]).toContain(";Pytanie 1?;'=SUMA(1);tak;2026-03-02 09:30:00");
		expect(lines[2]).toContain(';Kółko;');
	});

	it("is out of reach for another teacher: the learner is not theirs to look up in the first teacher's class", () => {
		const { db, bogdan, ola, mine } = world();
		expect(thrown(() => teacherLearnerOr404(db, bogdan, mine, ola))).toMatchObject({ status: 404 });
	});
});
