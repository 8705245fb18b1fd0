// `npm start`: builds when the build is missing or older than the sources, then serves the app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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

process.env.DATABASE_PATH ??= 'data/czytanka.db';
// Uploads are limited by the app itself (with a Polish message); adapter-node's own 512 kB cut would answer first.
process.env.BODY_SIZE_LIMIT ??= '4M';
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Without ORIGIN, adapter-node assumes https and form posts from http://localhost or http://127.0.0.1
// would fail its origin check. This server speaks plain http, so say so; behind a TLS proxy set ORIGIN.
const trustLocalHttp = !process.env.ORIGIN;
if (trustLocalHttp) process.env.PROTOCOL_HEADER = 'x-czytanka-proto';

const { handler } = await import(pathToFileURL(built).href);
let closing = false;
const server = createServer((req, res) => {
	if (trustLocalHttp) req.headers['x-czytanka-proto'] = 'http';
	// While shutting down, every answer tells the client not to reuse its connection.
	if (closing) res.setHeader('connection', 'close');
	handler(req, res);
});
server.listen(port, host, async () => {
	const shown = host === '0.0.0.0' ? 'localhost' : host;
	console.log(`Czytanka działa: http://${shown}:${port}  (baza: ${process.env.DATABASE_PATH})`);
	const { printDemoLogins } = await import('./demo-logins.mjs');
	printDemoLogins(process.env.DATABASE_PATH);
});

/**
 * Graceful stop: no new connections; requests already received are answered (with "Connection: close");
 * idle keep-alive connections are closed only after a moment, so a request already on its way over one is
 * read and answered instead of reset; then the process exits (at the latest after 25 s).
 */
function shutdown() {
	if (closing) return;
	closing = true;
	net.Server.prototype.close.call(server, () => process.exit(0));
	const idle = setInterval(() => server.closeIdleConnections(), 500);
	idle.unref();
	setTimeout(() => process.exit(0), 25_000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, shutdown);
