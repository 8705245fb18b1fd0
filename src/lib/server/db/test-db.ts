import { openDb } from '.';

/** A migrated in-memory database for unit tests. */
export function testDb() {
	return openDb(':memory:');
}
