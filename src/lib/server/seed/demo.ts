import { eq, ne } from 'drizzle-orm';
import type { Db } from '../db';
import { assignmentQuestions, assignments, classMembers, classes, questions, serverState, users } from '../db/schema';
import { createUser } from '../users/users';
import { createArticle } from '../articles/articles';
import { LIBRARY_OWNER_ID } from '../library/owner';
import seedText from './seed-article.txt?raw';

const DEMO_PASSWORD = 'czytanka-demo';
export const DEMO_TEACHER = 'demo-nauczyciel';
export const DEMO_LEARNER = 'demo-uczen';

const DEMO_ARTICLE = {
	title: 'Stoltenberg: Rosja nie może narzucać ograniczeń NATO',
	source: 'Serwis informacyjny (artykuł demonstracyjny)',
	publishedOn: '2022-01-07'
};

/** Set when a teacher removes the demo: a database left without users must not get it back on the next start. */
export const DEMO_REMOVED = 'demo-removed';

/**
 * Demo content for a first start only (and only where demo-rule.ts allows it): an empty database gets the demo
 * accounts, class, article and assignment.
 */
export async function seedDemoIfEmpty(db: Db) {
	// The library's owner (library/seed-library.ts) is no one's account: a database with only it is still empty.
	const anyUser = db.select({ id: users.id }).from(users).where(ne(users.id, LIBRARY_OWNER_ID)).limit(1).get();
	if (anyUser) return false;
	if (db.select().from(serverState).where(eq(serverState.key, DEMO_REMOVED)).get()) return false;
	const teacher = await createUser(db, {
		username: DEMO_TEACHER,
		displayName: 'Pani Anna (demo)',
		role: 'teacher',
		password: DEMO_PASSWORD,
		demo: true
	});
	const learner = await createUser(db, {
		username: DEMO_LEARNER,
		displayName: 'Uczeń demo',
		role: 'learner',
		password: DEMO_PASSWORD,
		demo: true
	});
	const articleId = createArticle(db, teacher.id, { ...DEMO_ARTICLE, rawText: seedText });
	db.transaction((tx) => {
		const classId = crypto.randomUUID();
		tx.insert(classes).values({ id: classId, teacherId: teacher.id, name: 'Klasa demo', code: 'DEMO2022' }).run();
		tx.insert(classMembers).values({ classId, userId: learner.id }).run();
		tx.update(questions).set({ approved: true }).where(eq(questions.articleId, articleId)).run();
		const assignmentId = crypto.randomUUID();
		tx.insert(assignments)
			.values({
				id: assignmentId,
				articleId,
				classId,
				teacherId: teacher.id,
				dueAt: new Date(Date.now() + 7 * 24 * 3600 * 1000)
			})
			.run();
		const qs = tx.select({ id: questions.id }).from(questions).where(eq(questions.articleId, articleId)).orderBy(questions.position).all();
		qs.forEach((q, position) => tx.insert(assignmentQuestions).values({ assignmentId, questionId: q.id, position }).run());
	});
	return true;
}

export function hasDemoAccounts(db: Db) {
	return !!db.select({ id: users.id }).from(users).where(eq(users.demo, true)).limit(1).get();
}
