// `npm start`: builds when the build is missing or older than the sources, then serves the app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { distribute, serve } from './serve-worker.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const suffix = process.env.CZYTANKA_BUILD_ID ? `-${process.env.CZYTANKA_BUILD_ID}` : '';
const built = join(root, `build${suffix}`, 'handler.js');

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

const sources = ['src', 'static', 'drizzle', 'package.json', 'svelte.config.js', 'vite.config.ts'];
const stale = !existsSync(built) || Math.max(...sources.map((s) => newestMtime(join(root, s)))) > statSync(built).mtimeMs;
if (stale && process.env.CZYTANKA_SKIP_BUILD !== '1') {
	console.log('Czytanka: budowanie aplikacji (vite build)…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

// Demo accounts (public password) only in the default database, unless DEMO says otherwise: see src/lib/server/seed/demo-rule.ts.
process.env.DEMO ??= process.env.DATABASE_PATH ? '0' : '1';
process.env.DATABASE_PATH ??= 'data/czytanka.db';
// Uploads are limited by the app itself (with a Polish message); adapter-node's own 512 kB cut would answer first.
process.env.BODY_SIZE_LIMIT ??= '4M';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Without ORIGIN, adapter-node assumes https and form posts from http://localhost or http://127.0.0.1
// would fail its origin check. This server speaks plain http, so say so; behind a TLS proxy set ORIGIN.
const trustLocalHttp = !process.env.ORIGIN;
if (trustLocalHttp) process.env.PROTOCOL_HEADER = 'x-czytanka-proto';

const options = { built, port, host, trustLocalHttp };
// One worker per core: SQLite in WAL mode serves several processes, and sessions, throttling and
// answers all live in the database. WORKERS=1 runs a single process.
const workers = Math.max(1, Number(process.env.WORKERS ?? availableParallelism()) || 1);

function banner() {
	const shown = host === '0.0.0.0' ? 'localhost' : host;
	console.log(`Czytanka działa: http://${shown}:${port}  (baza: ${process.env.DATABASE_PATH}, procesy: ${workers})`);
	import('./demo-logins.mjs').then(({ printDemoLogins }) => printDemoLogins(process.env.DATABASE_PATH));
}

if (workers === 1) await serve({ ...options, onListening: banner });
else if (cluster.isPrimary) {
	let stopping = false;
	let stopListening = null;
	// Only workers that have loaded the app get connections: one still starting would drop the handoff.
	const ready = new Set();
	const fork = () => {
		const w = cluster.fork({ CZYTANKA_SKIP_BUILD: '1' });
		w.on('message', (message) => {
			if (message !== 'czytanka:ready') return;
			ready.add(w);
			// The first worker migrates the database and seeds the demo; then the others start and the port opens.
			if (!stopListening && !stopping) {
				for (let i = 1; i < workers; i++) fork();
				stopListening = distribute({ port, host, workers: () => [...ready], onListening: banner });
			}
		});
		return w;
	};
	fork();
	cluster.on('exit', (worker, code) => {
		ready.delete(worker);
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
			return;
		}
		console.error(`Czytanka: proces ${worker.process.pid} zakończył się (kod ${code}); uruchamiam nowy.`);
		fork();
	});
	const stop = () => {
		if (stopping) return;
		stopping = true;
		setTimeout(() => process.exit(0), 30_000).unref();
		// Closing the listener stops accepting at once; what it had accepted is already with a worker.
		void stopListening?.();
		for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
	};
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
} else await serve({ ...options, worker: true });
