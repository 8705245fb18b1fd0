import { testDb } from '../db/test-db';
import { users } from '../db/schema';

/** Two teachers and two learners with fixed ids; password hashes are placeholders. */
export function classWorld() {
	const db = testDb();
	const add = (id: string, role: 'teacher' | 'learner') =>
		db.insert(users).values({ id, username: id, displayName: id.toUpperCase(), role, passwordHash: 'x' }).run();
	add('anna', 'teacher');
	add('bogdan', 'teacher');
	add('ola', 'learner');
	add('kuba', 'learner');
	return db;
}
