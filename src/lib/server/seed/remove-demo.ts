import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle, serverState, users } from '../db/schema';
import { accountKey } from '../auth/throttle';
import { DEMO_REMOVED } from './demo';

/**
 * Deletes the demo accounts. Foreign keys cascade from them: the demo teacher's classes (memberships of anyone
 * who joined them), articles, questions, assignments and every attempt and answer on those, and the demo learner's
 * own answers, review cards and sessions. Other learners' accounts stay. Returns the ids removed.
 */
export function removeDemo(db: Db): string[] {
	return db.transaction((tx) => {
		const demo = tx.select({ id: users.id, username: users.username }).from(users).where(eq(users.demo, true)).all();
		if (demo.length === 0) return [];
		tx.delete(users)
			.where(
				inArray(
					users.id,
					demo.map((u) => u.id)
				)
			)
			.run();
		tx.delete(loginThrottle)
			.where(
				inArray(
					loginThrottle.key,
					demo.map((u) => accountKey(u.username))
				)
			)
			.run();
		tx.insert(serverState).values({ key: DEMO_REMOVED, value: new Date().toISOString() }).onConflictDoNothing().run();
		return demo.map((u) => u.id);
	});
}
