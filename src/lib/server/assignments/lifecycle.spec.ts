import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { answers, articles, assignments, attempts, questions, reviewCards } from '../db/schema';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { teacherAssignment } from '../access/teacher';
import { learnerAssignmentOr404 } from '../access/learner';
import { thrown } from '../access/test-thrown';
import { changeDueDate, unassign, unassignImpact } from './lifecycle';

function world() {
	const db = testDb();
	const anna = addUser(db, 'teacher');
	const bogdan = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola');
	const kuba = addUser(db, 'learner', 'Kuba');
	const cls = addClass(db, anna, [ola, kuba], '4b');
	const art = addArticle(db, anna, ['time', 'place']);
	const asg = addAssignment(db, anna, cls, art);
	addAnswer(db, ola, asg, art.questionIds[0], false, Date.now());
	addAnswer(db, ola, asg, art.questionIds[1], true, Date.now());
	addAnswer(db, kuba, asg, art.questionIds[0], true, Date.now());
	db.insert(reviewCards).values({ userId: ola, questionId: art.questionIds[0], card: {}, due: new Date() }).run();
	return { db, anna, bogdan, ola, art, asg };
}

const due = new Date('2030-05-01T21:59:59Z');

describe('changing the due date', () => {
	it('sets and clears it for the owner; the learner sees the new date', () => {
		const { db, anna, ola, asg } = world();
		expect(changeDueDate(db, anna, asg, due)).toBe(true);
		expect(learnerAssignmentOr404(db, ola, asg).dueAt).toEqual(due);
		expect(changeDueDate(db, anna, asg, null)).toBe(true);
		expect(teacherAssignment(db, anna, asg)?.dueAt).toBeNull();
	});

	it('changes nothing for another teacher or a made-up id', () => {
		const { db, anna, bogdan, asg } = world();
		expect(changeDueDate(db, bogdan, asg, due)).toBe(false);
		expect(changeDueDate(db, anna, 'no-such-assignment', due)).toBe(false);
		expect(teacherAssignment(db, anna, asg)?.dueAt).toBeNull();
	});
});

describe('unassigning', () => {
	it('says how many learners and answers go, then deletes them with the assignment; the article and review cards stay', () => {
		const { db, anna, ola, art, asg } = world();
		expect(unassignImpact(db, asg)).toEqual({ learners: 2, answers: 3 });
		expect(unassign(db, anna, asg)).toBe(true);
		expect(db.select().from(assignments).all()).toEqual([]);
		expect(db.select().from(attempts).all()).toEqual([]);
		expect(db.select().from(answers).all()).toEqual([]);
		expect(db.select().from(articles).where(eq(articles.id, art.id)).all()).toHaveLength(1);
		expect(db.select().from(questions).all()).toHaveLength(2);
		expect(db.select().from(reviewCards).all()).toHaveLength(1);
		expect(thrown(() => learnerAssignmentOr404(db, ola, asg))).toMatchObject({ status: 404 });
	});

	it('deletes nothing for another teacher', () => {
		const { db, bogdan, asg } = world();
		expect(unassign(db, bogdan, asg)).toBe(false);
		expect(unassignImpact(db, asg)).toEqual({ learners: 2, answers: 3 });
	});
});
