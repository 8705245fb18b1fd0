// A throwaway PostgreSQL for tests: a new data directory and port, run as the `postgres` user when started
// as root (PostgreSQL refuses to run as root), removed on stop. Uses Debian's `postgresql` package.
//   node scripts/pg-temp.mjs -- CMD ARGS…   runs CMD with DATABASE_URL set, then stops the server
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest PostgreSQL server binaries Debian installed, or null. */
export function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : null;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => resolve(port));
		});
	});
}

/** Starts a server; resolves to { url, stop }. */
export async function startTempPostgres() {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
	const asRoot = process.getuid?.() === 0;
	const dir = mkdtempSync(join(tmpdir(), 'czytanka-pg-'));
	chmodSync(dir, 0o777);
	const data = join(dir, 'data');
	const run = (cmd, args) =>
		asRoot
			? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
			: execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
	run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '-N']);
	const port = await freePort();
	// fsync off: a test database is thrown away, and durability costs seconds per test run.
	const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
	run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
	const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		try {
			run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};
	return { url, port, stop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const at = process.argv.indexOf('--');
	const [cmd, ...args] = at >= 0 ? process.argv.slice(at + 1) : [];
	if (!cmd) {
		console.error('usage: node scripts/pg-temp.mjs -- CMD ARGS…');
		process.exit(2);
	}
	const pg = await startTempPostgres();
	const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: pg.url } });
	const finish = (code) => {
		pg.stop();
		process.exit(code ?? 1);
	};
	child.on('exit', finish);
	for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
