// School-sized load database for benchmarks: `npm run seed:load` (DATABASE_PATH, default data/load.db).
import { existsSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openDb } from '../src/lib/server/db/index';
import { hashPassword } from '../src/lib/server/auth/password';
import { seedSchool, SIZE } from './seed-load/school';
import { seedActivity } from './seed-load/activity';

export const LOAD_PASSWORD = 'czytanka-load';

const path = resolve(process.env.DATABASE_PATH ?? 'data/load.db');
if (path === resolve('data/czytanka.db') || basename(path) === 'czytanka.db') {
	console.error(`Odmowa: ${path} to baza aplikacji. Podaj inną ścieżkę w DATABASE_PATH.`);
	process.exit(1);
}
for (const f of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(f)) rmSync(f);

const started = performance.now();
const db = openDb(path).$client;
// Speed over safety while loading: a crash just means running the script again.
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -1000000');
db.pragma('temp_store = MEMORY');
db.pragma('foreign_keys = OFF');

const now = Date.now();
const school = seedSchool(db, await hashPassword(LOAD_PASSWORD), now);
const activity = seedActivity(db, school, now);
db.exec('ANALYZE');
db.pragma('journal_mode = WAL');
db.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`${path}: ${SIZE.teachers} nauczycieli, ${SIZE.classes} klas, ${SIZE.learners} uczniów, ${SIZE.articles} tekstów, ` +
		`${school.assignments.length} zadań, ${activity.attempts} podejść, ${activity.answers} odpowiedzi w ${seconds} s. ` +
		`Hasło wszystkich kont: ${LOAD_PASSWORD} (np. nauczyciel-01, uczen-0001).`
);
