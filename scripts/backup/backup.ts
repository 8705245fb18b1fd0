import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

export interface BackupResult {
	pages: number;
	/** SQLite's own verdict on the copy: "ok" or the first problems it found. */
	check: string;
}

/** Copies a live database with SQLite's backup API and checks the copy. */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
	if (!existsSync(source)) throw new Error(`no database at ${source}`);
	if (existsSync(target)) throw new Error(`${target} exists; choose a new file name`);
	const db = new Database(source, { fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	let pages = 0;
	try {
		// Small steps let the app's writers in between; a write restarts the copy of what changed.
		await db.backup(target, { progress: ({ totalPages }) => ((pages = totalPages), 200) });
	} finally {
		db.close();
	}
	const copy = new Database(target, { readonly: true, fileMustExist: true });
	try {
		const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
		return { pages, check: rows.map((r) => r.integrity_check).join('; ') };
	} finally {
		copy.close();
	}
}
