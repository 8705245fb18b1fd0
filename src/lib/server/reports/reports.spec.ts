import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { teacherAssignment, teacherClass, teacherLearner } from '../access/teacher';
import { assignmentReport } from './assignment-report';
import { classOverview } from './class-overview';
import { learnerReport } from './learner-report';
import { parseRange } from './range';
import { reportIndex } from './teacher-index';

const all = parseRange(new URLSearchParams());
const t0 = Date.parse('2024-05-06T08:00:00Z');

function school() {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const other = addUser(db, 'teacher');
	const [ala, bartek, celina] = ['Ala', 'Bartek', 'Celina'].map((n) => addUser(db, 'learner', n));
	const cls = addClass(db, teacher, [ala, bartek, celina], '3b');
	const art = addArticle(db, teacher, ['time', 'place']);
	const asg = addAssignment(db, teacher, cls, art, new Date(t0));
	addAnswer(db, ala, asg, art.questionIds[0], true, t0);
	addAnswer(db, ala, asg, art.questionIds[1], true, t0);
	addAnswer(db, bartek, asg, art.questionIds[0], false, t0 + 86_400_000, ' Wczoraj. ');
	return { db, teacher, other, ala, bartek, celina, cls, art, asg };
}

type School = ReturnType<typeof school>;
const ownClass = (s: School) => teacherClass(s.db, s.teacher, s.cls)!;
const ownAssignment = (s: School) => teacherAssignment(s.db, s.teacher, s.asg)!;

describe('reports', () => {
	it('class overview: states, scores and completion per assignment', () => {
		const s = school();
		const o = classOverview(s.db, ownClass(s), all);
		expect(o.learners.map((l) => [l.learner.name, l.cells[0].state, l.cells[0].correct])).toEqual([
			['Ala', 'done', 2],
			['Bartek', 'in-progress', 0],
			['Celina', 'not-started', 0]
		]);
		expect(o.assignments[0]).toMatchObject({ done: 1, started: 2, average: 1, total: 2 });
	});

	it('assignment report: item analysis and wrong answers', () => {
		const s = school();
		const r = assignmentReport(s.db, ownAssignment(s), all);
		expect(r.summary).toMatchObject({ learners: 3, done: 1, started: 2, average: 1 });
		expect(r.items[0]).toMatchObject({ answered: 2, correct: 1, facility: 0.5, commonWrong: [{ text: 'wczoraj', count: 1 }] });
		expect(r.items[1]).toMatchObject({ answered: 1, facility: 1 });
		// upper = Ala (2), lower = Bartek (0)
		expect(r.items[0].discrimination).toBe(1);
	});

	it('date range keeps answers of the chosen days only', () => {
		const s = school();
		const firstDay = parseRange(new URLSearchParams('od=2024-05-06&do=2024-05-06'));
		const r = assignmentReport(s.db, ownAssignment(s), firstDay);
		expect(r.items[0]).toMatchObject({ answered: 1, facility: 1 });
		expect(r.learners.find((l) => l.name === 'Bartek')?.state).toBe('not-started');
		const later = parseRange(new URLSearchParams('od=2024-06-01'));
		expect(classOverview(s.db, ownClass(s), later).assignments).toHaveLength(0);
	});

	it('learner report: history with a not started reading', () => {
		const s = school();
		const art2 = addArticle(s.db, s.teacher, ['person']);
		addAssignment(s.db, s.teacher, s.cls, art2, new Date(t0 + 1000));
		const r = learnerReport(s.db, teacherLearner(s.db, s.teacher, s.cls, s.ala)!, all);
		expect(r.history.map((h) => [h.state, h.correct, h.total])).toEqual([
			['done', 2, 2],
			['not-started', 0, 1]
		]);
		expect(r.summary).toMatchObject({ assigned: 2, done: 1, average: 1 });
		expect(r.skills).toEqual(expect.arrayContaining([{ skill: 'time', answered: 1, correct: 1 }]));
	});

	it('another teacher has no classes in the report index', () => {
		const s = school();
		expect(reportIndex(s.db, s.other)).toEqual([]);
		expect(reportIndex(s.db, s.teacher)[0]).toMatchObject({ name: '3b', learners: 3, assignments: [{ id: s.asg }] });
	});
});
