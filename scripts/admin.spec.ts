import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../src/lib/server/db/index';
import { resetTokenOwner } from '../src/lib/server/auth/reset-tokens';
import { createUser } from '../src/lib/server/users/users';
import { adminCli } from './cli/admin';
import { memoryIo } from './cli/test-io';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'admin-cli-'));
const database = join(dir, 'czytanka.db');
let teacherId = '';

beforeAll(async () => {
	const db = openDb(database);
	teacherId = (
		await createUser(db, { username: 'anna', email: 'anna@szkola.pl', displayName: 'Anna Nowak', role: 'teacher', password: 'x' })
	).id;
	// A learner the teacher made: the teacher resets that password, never a link.
	await createUser(db, {
		username: 'ola',
		email: 'ola@szkola.pl',
		displayName: 'Ola',
		role: 'learner',
		password: 'x',
		createdBy: teacherId
	});
	db.$client.close();
});

function run(args: string[], env: Record<string, string> = {}) {
	const t = memoryIo();
	const code = adminCli(args, t.io, { DATABASE_PATH: database, ...env });
	return { code, out: t.out(), err: t.err() };
}

function ownerOf(link: string): string | null {
	const db = openDb(database);
	try {
		return resetTokenOwner(db, link.split('/').pop()!);
	} finally {
		db.$client.close();
	}
}

describe('admin reset-link', () => {
	it('prints a working one-time link for a teacher on the default origin, and says so on standard error', () => {
		const r = run(['reset-link', ' Anna@Szkola.pl ']);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^http:\/\/localhost:3000\/haslo\/nowe\/[A-Za-z0-9_-]{43}\n$/);
		expect(ownerOf(r.out.trim())).toBe(teacherId);
		expect(r.err).toContain('Anna Nowak <anna@szkola.pl>');
		expect(r.err).toContain('one hour');
	});

	it('takes the origin from --origin before ORIGIN, and a new link ends the older one', () => {
		const first = run(['reset-link', 'anna@szkola.pl'], { ORIGIN: 'https://czytanka.szkola.pl' });
		expect(first.out).toMatch(/^https:\/\/czytanka\.szkola\.pl\/haslo\/nowe\//);
		const second = run(['reset-link', 'anna@szkola.pl', '--origin', 'https://inna.szkola.pl/sciezka'], {
			ORIGIN: 'https://czytanka.szkola.pl'
		});
		expect(second.out).toMatch(/^https:\/\/inna\.szkola\.pl\/haslo\/nowe\//);
		expect(ownerOf(first.out.trim())).toBeNull();
		expect(ownerOf(second.out.trim())).toBe(teacherId);
	});

	it('says plainly when there is no teacher with that e-mail (a teacher-made learner’s included): exit 1, nothing on standard output', () => {
		for (const email of ['nikt@szkola.pl', 'ola@szkola.pl']) {
			const r = run(['reset-link', email]);
			expect(r.code).toBe(1);
			expect(r.out).toBe('');
			expect(r.err).toContain('no teacher or self-study account');
		}
	});

	const bad: [string, string[], Record<string, string>, RegExp][] = [
		['no command', [], {}, /usage/],
		['an unknown command', ['delete-all', 'x'], {}, /usage/],
		['a missing e-mail', ['reset-link'], {}, /usage/],
		['an unknown flag', ['reset-link', 'a@b.pl', '--force'], {}, /usage/],
		['a bad origin', ['reset-link', 'anna@szkola.pl', '--origin', 'czytanka'], {}, /--origin/],
		['a database that is not there', ['reset-link', 'anna@szkola.pl'], { DATABASE_PATH: join(dir, 'nie-ma.db') }, /no database/]
	];
	for (const [name, args, env, message] of bad) {
		it(`refuses ${name} with one line and exit code 2`, () => {
			const r = run(args, env);
			expect(r.code).toBe(2);
			expect(r.err.trim().split('\n')).toHaveLength(1);
			expect(r.err).toMatch(message);
		});
	}
	it('does not create a database it did not find', () => {
		const missing = join(dir, 'literowka.db');
		expect(run(['reset-link', 'anna@szkola.pl'], { DATABASE_PATH: missing }).code).toBe(2);
		expect(existsSync(missing)).toBe(false);
	});
});

describe('admin program', () => {
	it('runs as a program: the link on standard output, exit code 0', { timeout: 60_000 }, () => {
		const r = spawnSync(
			process.execPath,
			[join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/admin.ts'), 'reset-link', 'anna@szkola.pl'],
			{
				encoding: 'utf8',
				cwd: root,
				env: { ...process.env, DATABASE_PATH: database, ORIGIN: 'http://127.0.0.1:3000' }
			}
		);
		expect(r.stderr).toContain('One-time link');
		expect(r.status).toBe(0);
		expect(ownerOf(r.stdout.trim())).toBe(teacherId);
		expect(r.stdout).toMatch(/^http:\/\/127\.0\.0\.1:3000\/haslo\/nowe\//);
	});
});
