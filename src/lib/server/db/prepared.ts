import type { Db } from '.';

/**
 * Statements built once per database connection, then reused. Without this, Drizzle rebuilds the SQL text
 * and SQLite compiles it again on every call: a fifth of the reading page's server time (docs/benchmarks.md).
 * Keyed by the connection object, so every database a test opens gets statements of its own.
 */
export function perConnection<T>(build: (db: Db) => T): (db: Db) => T {
	const built = new WeakMap<Db, T>();
	return (db) => {
		let statements = built.get(db);
		if (statements === undefined) {
			statements = build(db);
			built.set(db, statements);
		}
		return statements;
	};
}
