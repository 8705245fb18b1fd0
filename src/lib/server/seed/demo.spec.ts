import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { answers, articles, assignmentQuestions, assignments, attempts, classMembers, classes, users } from '../db/schema';
import { createUser } from '../users/users';
import { joinClass } from '../classes/membership';
import { DEMO_LEARNER, DEMO_TEACHER, hasDemoAccounts, seedDemoIfEmpty } from './demo';
import { removeDemo } from './remove-demo';

async function seeded() {
	const db = testDb();
	expect(await seedDemoIfEmpty(db)).toBe(true);
	return db;
}

const byName = (db: ReturnType<typeof testDb>, username: string) => db.select().from(users).where(eq(users.username, username)).get();

describe('demo content', () => {
	it('marks the two demo accounts; the demo learner is not teacher-made, so nobody can reset its password', async () => {
		const db = await seeded();
		expect(byName(db, DEMO_TEACHER)).toMatchObject({ demo: true, role: 'teacher' });
		expect(byName(db, DEMO_LEARNER)).toMatchObject({ demo: true, createdBy: null });
		expect(hasDemoAccounts(db)).toBe(true);
		expect(await seedDemoIfEmpty(db)).toBe(false);
	});

	it('is removed with its class, assignments and answers; a real teacher and a learner who joined the demo class stay', async () => {
		const db = await seeded();
		const teacher = await createUser(db, {
			username: 'anna',
			displayName: 'Anna',
			role: 'teacher',
			password: 'x',
			email: 'anna@szkola.pl'
		});
		const pupil = await createUser(db, { username: 'ola', displayName: 'Ola', role: 'learner', password: 'x' });
		const demoClass = db.select().from(classes).get()!;
		joinClass(db, demoClass.id, pupil.id);
		const assignment = db.select().from(assignments).get()!;
		const attemptId = crypto.randomUUID();
		db.insert(attempts).values({ id: attemptId, userId: pupil.id, assignmentId: assignment.id }).run();
		const questionId = db.select().from(assignmentQuestions).get()!.questionId;
		db.insert(answers)
			.values({ id: crypto.randomUUID(), attemptId, questionId, given: 'x', correct: false, verdict: 'wrong', feedback: '' })
			.run();

		const removed = removeDemo(db);
		expect(removed).toHaveLength(2);
		expect(hasDemoAccounts(db)).toBe(false);
		for (const table of [classes, classMembers, assignments, attempts, answers, articles, assignmentQuestions])
			expect(db.select().from(table).all()).toEqual([]);
		expect(
			db
				.select({ username: users.username })
				.from(users)
				.all()
				.map((u) => u.username)
				.sort()
		).toEqual(['anna', 'ola']);
		expect(byName(db, 'anna')?.id).toBe(teacher.id);
		expect(removeDemo(db)).toEqual([]);
	});

	it('does not come back on the next start once removed, even in a database left with no users', async () => {
		const db = await seeded();
		removeDemo(db);
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect(hasDemoAccounts(db)).toBe(false);
	});

	it('treats a learner who picked the name demo-uczen in a database without demo as an ordinary learner', async () => {
		const db = testDb();
		await createUser(db, { username: DEMO_LEARNER, displayName: 'Ktoś', role: 'learner', password: 'x' });
		expect(hasDemoAccounts(db)).toBe(false);
		expect(removeDemo(db)).toEqual([]);
		expect(byName(db, DEMO_LEARNER)).toBeDefined();
	});
});
