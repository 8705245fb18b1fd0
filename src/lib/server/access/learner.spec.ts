import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { classes, reviewCards } from '../db/schema';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { learnerAssignmentOr404, learnerAssignmentQuestion, learnerAttempt, learnerReviewCard } from './learner';
import { thrown } from './test-thrown';

/** Ola is in class A; Kuba in class B of the same teacher. Each class has an assignment of its own article. */
function world() {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola');
	const kuba = addUser(db, 'learner', 'Kuba');
	const classA = addClass(db, teacher, [ola], 'A');
	const classB = addClass(db, teacher, [kuba], 'B');
	const artA = addArticle(db, teacher, ['time', 'place']);
	const artB = addArticle(db, teacher, ['person']);
	const asgA = addAssignment(db, teacher, classA, artA);
	const asgB = addAssignment(db, teacher, classB, artB);
	return { db, ola, kuba, classA, artA, artB, asgA, asgB };
}

describe('a learner and assignments', () => {
	it('gets 404 for an assignment of a class they are not in, as for a made-up id; their own opens', () => {
		const { db, ola, asgA, asgB } = world();
		expect(thrown(() => learnerAssignmentOr404(db, ola, asgB))).toMatchObject({ status: 404 });
		expect(thrown(() => learnerAssignmentOr404(db, ola, asgB))).toEqual(
			thrown(() => learnerAssignmentOr404(db, ola, 'no-such-assignment'))
		);
		expect(learnerAssignmentOr404(db, ola, asgA)).toMatchObject({ id: asgA, className: 'A' });
	});

	it('loses the assignment when the class is archived', () => {
		const { db, ola, classA, asgA } = world();
		db.update(classes).set({ archivedAt: new Date() }).where(eq(classes.id, classA)).run();
		expect(thrown(() => learnerAssignmentOr404(db, ola, asgA))).toMatchObject({ status: 404 });
	});

	it('reaches only questions of the assignment, never one of another article or of an assignment not theirs', () => {
		const { db, ola, kuba, artA, artB, asgA, asgB } = world();
		expect(learnerAssignmentQuestion(db, ola, asgA, artA.questionIds[1])?.id).toBe(artA.questionIds[1]);
		expect(learnerAssignmentQuestion(db, ola, asgA, artB.questionIds[0])).toBeUndefined();
		expect(learnerAssignmentQuestion(db, ola, asgB, artB.questionIds[0])).toBeUndefined();
		expect(learnerAssignmentQuestion(db, kuba, asgA, artA.questionIds[0])).toBeUndefined();
	});

	it("sees their own attempt and review cards only, not another learner's", () => {
		const { db, ola, kuba, artA, asgA } = world();
		addAnswer(db, ola, asgA, artA.questionIds[0], false, Date.now());
		expect(learnerAttempt(db, ola, asgA)?.answeredCount).toBe(1);
		expect(learnerAttempt(db, kuba, asgA)).toBeUndefined();
		db.insert(reviewCards).values({ userId: ola, questionId: artA.questionIds[0], card: {}, due: new Date() }).run();
		expect(learnerReviewCard(db, ola, artA.questionIds[0])?.q.id).toBe(artA.questionIds[0]);
		expect(learnerReviewCard(db, kuba, artA.questionIds[0])).toBeUndefined();
	});
});
