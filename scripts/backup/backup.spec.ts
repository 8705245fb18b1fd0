import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from './backup';

describe('online backup', () => {
	it('copies a database while rows are being written, and the copy restores and checks clean', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'czytanka-backup-'));
		const live = join(dir, 'live.db');
		const db = new Database(live);
		db.pragma('journal_mode = WAL');
		db.exec('create table answers (id integer primary key, given text not null)');
		const insert = db.prepare('insert into answers (given) values (?)');
		for (let i = 0; i < 20_000; i++) insert.run(`odpowiedź ${i}`);
		// A writer keeps adding answers while the backup runs, as learners would.
		let written = 0;
		const writer = setInterval(() => {
			for (let i = 0; i < 50; i++) insert.run(`w trakcie ${written++}`);
		}, 1);
		const result = await backupDatabase(live, join(dir, 'copy.db'));
		clearInterval(writer);
		expect(result.check).toBe('ok');
		expect(written).toBeGreaterThan(0);

		// Restore = put the copy where the app expects its database (with the app stopped).
		const restored = join(dir, 'restored.db');
		copyFileSync(join(dir, 'copy.db'), restored);
		const back = new Database(restored, { readonly: true });
		const count = (back.prepare('select count(*) as n from answers').get() as { n: number }).n;
		expect(count).toBeGreaterThanOrEqual(20_000);
		expect(count).toBeLessThanOrEqual(20_000 + written);
		back.close();
		db.close();
	});

	it('refuses to overwrite a file or to copy a database that is not there', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'czytanka-backup-'));
		await expect(backupDatabase(join(dir, 'none.db'), join(dir, 'x.db'))).rejects.toThrow(/no database/);
		new Database(join(dir, 'a.db')).close();
		new Database(join(dir, 'b.db')).close();
		await expect(backupDatabase(join(dir, 'a.db'), join(dir, 'b.db'))).rejects.toThrow(/exists/);
	});
});
