import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { classMembers } from '../db/schema';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { teacherAssignment } from '../access/teacher';
import { listAssignments } from '../assignments/assignments';
import { assignmentReport } from './assignment-report';

const t0 = Date.parse('2024-05-06T08:00:00Z');

function school(names: string[]) {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const learners = names.map((n) => addUser(db, 'learner', n));
	const cls = addClass(db, teacher, learners);
	const art = addArticle(db, teacher, ['time', 'place']);
	const asg = addAssignment(db, teacher, cls, art, new Date(t0));
	const report = () => assignmentReport(db, teacherAssignment(db, teacher, asg)!);
	return { db, teacher, learners, cls, art, asg, report };
}

describe('the assignment report', () => {
	it('lists learners in Polish alphabetical order, numbers by value', () => {
		const s = school(['Zenon', 'Łucja', 'Lena', 'Anna 10', 'Anna 2']);
		expect(s.report().learners.map((l) => l.name)).toEqual(['Anna 2', 'Anna 10', 'Lena', 'Łucja', 'Zenon']);
	});

	it('counts states, scores and the average of finished learners from their answers', () => {
		const s = school(['Ala', 'Bartek', 'Celina']);
		const [ala, bartek] = s.learners;
		const [q1, q2] = s.art.questionIds;
		addAnswer(s.db, ala, s.asg, q1, true, t0);
		addAnswer(s.db, ala, s.asg, q2, false, t0);
		addAnswer(s.db, bartek, s.asg, q1, true, t0);
		const r = s.report();
		expect(r.total).toBe(2);
		expect(r.learners.map((l) => [l.name, l.state, l.answered, l.correct])).toEqual([
			['Ala', 'done', 2, 1],
			['Bartek', 'in-progress', 1, 1],
			['Celina', 'not-started', 0, 0]
		]);
		expect(r.summary).toEqual({ learners: 3, done: 1, started: 2, average: 0.5 });
		expect(r.items.map((i) => [i.answered, i.correct])).toEqual([
			[2, 2],
			[1, 0]
		]);
	});

	it('leaves a learner who left the class out of the table, the counts, the item analysis and the assignment list', () => {
		const s = school(['Ala', 'Bartek']);
		const [ala, bartek] = s.learners;
		for (const who of [ala, bartek]) for (const q of s.art.questionIds) addAnswer(s.db, who, s.asg, q, who === ala, t0);
		s.db
			.delete(classMembers)
			.where(and(eq(classMembers.classId, s.cls), eq(classMembers.userId, bartek)))
			.run();
		const r = s.report();
		expect(r.learners.map((l) => l.name)).toEqual(['Ala']);
		expect(r.summary).toMatchObject({ learners: 1, done: 1, average: 1 });
		expect(r.items[0]).toMatchObject({ answered: 1, correct: 1, commonWrong: [] });
		expect(listAssignments(s.db, s.teacher)).toMatchObject([{ id: s.asg, learners: 1, finished: 1 }]);
	});

	it('groups wrong answers the way the answer checker normalises them (case, quotes, final dot, spaces)', () => {
		const s = school(['A', 'B', 'C', 'D', 'E']);
		const q = s.art.questionIds[0];
		['„Wczoraj”', ' wczoraj. ', 'WCZORAJ', 'jutro'].forEach((given, i) => addAnswer(s.db, s.learners[i], s.asg, q, false, t0, given));
		addAnswer(s.db, s.learners[4], s.asg, q, true, t0);
		expect(s.report().items[0].commonWrong).toEqual([
			{ text: 'wczoraj', count: 3 },
			{ text: 'jutro', count: 1 }
		]);
	});
});
