// Online backup of the SQLite database while the app keeps serving:
//   npm run backup -- FILE            (DATABASE_PATH, default data/czytanka.db, is the source)
// Uses SQLite's backup API (consistent even while answers are written), then checks the copy with
// integrity_check. Exit 0 = copy written and checked, 1 = the check failed, 2 = wrong usage or no source.
import { backupDatabase } from './backup/backup';

const target = process.argv[2];
const source = process.env.DATABASE_PATH ?? 'data/czytanka.db';
if (!target || process.argv.length > 3) {
	process.stderr.write('usage: npm run backup -- FILE   (copies DATABASE_PATH, default data/czytanka.db)\n');
	process.exit(2);
}
try {
	const result = await backupDatabase(source, target);
	process.stdout.write(`backup: ${result.pages} pages from ${source} to ${target}; integrity_check: ${result.check}\n`);
	process.exitCode = result.check === 'ok' ? 0 : 1;
} catch (e) {
	process.stderr.write(`backup failed: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exitCode = 2;
}
