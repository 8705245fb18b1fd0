import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = ReturnType<typeof openDb>;

export function openDb(path: string) {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('busy_timeout = 5000');
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder: process.env.MIGRATIONS_DIR ?? resolve('drizzle') });
	return db;
}

let current: Db | null = null;

/** The app's one client, opened (and migrated) on first use. */
export function getDb(): Db {
	current ??= openDb(process.env.DATABASE_PATH ?? 'data/czytanka.db');
	return current;
}
