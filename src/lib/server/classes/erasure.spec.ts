import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { answers, attempts, classMembers, loginThrottle, reviewCards, reviewLog, sessions, users } from '../db/schema';
import { createSession } from '../auth/session';
import { accountKey, recordLoginFailure } from '../auth/throttle';
import { addAnswer, addArticle, addAssignment } from '../progress/test-fixtures';
import { joinClass } from './membership';
import { createLearners } from './learner-accounts';
import { createClass } from './teacher-classes';
import { classWorld } from './test-fixtures';
import { eraseLearner } from './erasure';

async function world() {
	const db = classWorld();
	const a = createClass(db, 'anna', '4b');
	const b = createClass(db, 'bogdan', 'Kółko');
	const [jan] = (await createLearners(db, 'anna', a, ['Jan Kowalski']))!;
	joinClass(db, b, jan.id);
	joinClass(db, a, 'ola');
	const art = addArticle(db, 'anna', ['time']);
	const asg = addAssignment(db, 'anna', a, art);
	addAnswer(db, jan.id, asg, art.questionIds[0], false, Date.now());
	addAnswer(db, 'ola', asg, art.questionIds[0], true, Date.now());
	db.insert(reviewCards).values({ userId: jan.id, questionId: art.questionIds[0], card: {}, due: new Date() }).run();
	db.insert(reviewLog).values({ id: 'r1', userId: jan.id, questionId: art.questionIds[0], given: 'x', correct: false }).run();
	createSession(db, jan.id);
	recordLoginFailure(db, [accountKey(jan.username)]);
	return { db, a, b, jan };
}

const rowsOf = (db: Awaited<ReturnType<typeof world>>['db'], userId: string) => ({
	users: db.select().from(users).where(eq(users.id, userId)).all().length,
	sessions: db.select().from(sessions).where(eq(sessions.userId, userId)).all().length,
	memberships: db.select().from(classMembers).where(eq(classMembers.userId, userId)).all().length,
	attempts: db.select().from(attempts).where(eq(attempts.userId, userId)).all().length,
	reviewCards: db.select().from(reviewCards).where(eq(reviewCards.userId, userId)).all().length,
	reviewLog: db.select().from(reviewLog).where(eq(reviewLog.userId, userId)).all().length
});

describe('erasing a learner account', () => {
	it('deletes the account the teacher made with everything of it, in every class; other learners keep theirs', async () => {
		const { db, a, jan } = await world();
		expect(rowsOf(db, jan.id)).toEqual({ users: 1, sessions: 1, memberships: 2, attempts: 1, reviewCards: 1, reviewLog: 1 });
		expect(eraseLearner(db, 'anna', a, jan.id)).toEqual({ username: jan.username });
		expect(rowsOf(db, jan.id)).toEqual({ users: 0, sessions: 0, memberships: 0, attempts: 0, reviewCards: 0, reviewLog: 0 });
		expect(db.select().from(answers).all()).toHaveLength(1);
		expect(
			db
				.select()
				.from(loginThrottle)
				.where(eq(loginThrottle.key, accountKey(jan.username)))
				.all()
		).toEqual([]);
		expect(rowsOf(db, 'ola')).toMatchObject({ users: 1, memberships: 1, attempts: 1 });
	});

	it('refuses a self-joined learner (403) and anyone not in the class or not the teacher’s (404), deleting nothing', async () => {
		const { db, a, b, jan } = await world();
		expect(eraseLearner(db, 'anna', a, 'ola')).toBe('not-creator');
		// Bogdan has Jan in his class, but did not make the account.
		expect(eraseLearner(db, 'bogdan', b, jan.id)).toBe('not-creator');
		expect(eraseLearner(db, 'bogdan', a, jan.id)).toBe('not-found');
		expect(eraseLearner(db, 'anna', a, 'kuba')).toBe('not-found');
		expect(rowsOf(db, jan.id).users).toBe(1);
		expect(rowsOf(db, 'ola').users).toBe(1);
	});
});
