// HTTP benchmarks against the built app (npm start's own server, all cores, loopback only): throughput of the
// signed-out sign-in page, the /learn list and the reading page (10 keep-alive connections), answer
// submissions by 200 learners at once, and a new visitor's wait for /login while those 200 submit.
// Needs a build (npm run build, or npm start once); skipped without one.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './harness';

const LEARNERS = 200;
const CONNECTIONS = 10;

interface Reply {
	status: number;
	body: string;
	headers: Record<string, string | string[] | undefined>;
}

function freePort(): Promise<number> {
	return new Promise((ok) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => ok(port));
		});
	});
}

function client(port: number, agent: Agent | false) {
	return (method: string, path: string, opts: { cookie?: string; form?: Record<string, string> } = {}): Promise<Reply> =>
		new Promise((ok, fail) => {
			const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
			const headers: Record<string, string> = { origin: `http://127.0.0.1:${port}` };
			if (opts.cookie) headers.cookie = opts.cookie;
			if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
			const send = (via: Agent | false) => {
				const req = request({ host: '127.0.0.1', port, path, method, agent: via, headers }, (res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
				});
				// The server may close an idle keep-alive connection just as a request goes out on it (a loaded
				// machine makes that likely); like a browser, send it once more on a new connection. Answers are
				// idempotent, so a resent submission changes nothing.
				req.on('error', (e: NodeJS.ErrnoException) =>
					req.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE') ? send(false) : fail(e)
				);
				req.end(body);
			};
			send(agent);
		});
}

const sessionOf = (r: Reply) => String([r.headers['set-cookie']].flat()[0] ?? '').split(';')[0];

/** n clients at once, each making `each` requests in a row. */
async function concurrently(n: number, each: number, one: () => Promise<unknown>) {
	await Promise.all(
		Array.from({ length: n }, async () => {
			for (let i = 0; i < each; i++) await one();
		})
	);
}

/** Gzipped size of the JavaScript a real browser loads for a page (all chunks, as the learner's phone gets them). */
async function pageScriptBytes(port: number, path: string, cookie: string): Promise<number | null> {
	try {
		const { chromium } = await import('@playwright/test');
		const { findChromium } = await import('../find-chromium.mjs');
		const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
		const context = await browser.newContext();
		const [name, value] = cookie.split('=');
		await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/' }]);
		const page = await context.newPage();
		const bodies: Promise<Buffer>[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') bodies.push(r.body());
		});
		await page.goto(`http://127.0.0.1:${port}${path}`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const bytes = (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b).length, 0);
		await browser.close();
		return bytes;
	} catch {
		return null;
	}
}

export async function benchmarks(): Promise<Benchmark[]> {
	const root = resolve(import.meta.dirname, '..', '..');
	const names = [
		'http.login_signed_out',
		'http.learn_list',
		'http.reading_page',
		'http.submit_200_learners',
		'http.new_visitor_under_load'
	];
	// CZYTANKA_BUILD_ID picks another build (start.mjs does the same), e.g. an older one to compare with.
	const suffix = process.env.CZYTANKA_BUILD_ID ? `-${process.env.CZYTANKA_BUILD_ID}` : '';
	if (!existsSync(join(root, `build${suffix}`, 'handler.js')))
		return names.map((name) => ({ name, report: 'rate', fn: () => 0, skip: 'no build: run npm run build first' }));

	const port = await freePort();
	const server: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'czytanka-http-')), 'b.db'),
			DEMO: '1',
			JOINS_PER_HOUR: '1000',
			CZYTANKA_SKIP_BUILD: '1',
			LOG_REQUESTS: '0'
		},
		stdio: 'ignore'
	});
	// The server must not keep this process alive once the benchmarks are done.
	server.unref();
	process.on('exit', () => server.kill());
	const keep = client(port, new Agent({ keepAlive: true, maxSockets: 1000 }));
	const fresh = client(port, false);
	for (let i = 0; i < 200; i++) {
		if ((await fresh('GET', '/healthz').catch(() => null))?.status === 200) break;
		await new Promise((r) => setTimeout(r, 200));
	}

	// 200 learners join the demo class (each join hashes a password: setup, not measured).
	const cookies: string[] = [];
	for (let i = 0; i < LEARNERS; i += 10) {
		const batch = await Promise.all(
			Array.from({ length: 10 }, (_, k) => {
				const n = i + k;
				return keep('POST', '/join', {
					form: {
						code: 'DEMO2022',
						username: `bench-${n}-${Date.now().toString(36)}`,
						displayName: `Uczeń ${n}`,
						password: 'kasztan rower parasol',
						password2: 'kasztan rower parasol'
					}
				});
			})
		);
		cookies.push(...batch.map(sessionOf));
	}
	const list = await keep('GET', '/learn', { cookie: cookies[0] });
	const assignment = /href="\/learn\/([0-9a-f-]{36})"/.exec(list.body)?.[1];
	const reading = await keep('GET', `/learn/${assignment}`, { cookie: cookies[0] });
	const questionIds = [...new Set([...reading.body.matchAll(/name="questionId" value="([^"]+)"/g)].map((m) => m[1]))];
	const jsBytes = await pageScriptBytes(port, `/learn/${assignment}`, cookies[0]);
	const js = jsBytes === null ? 'JS size: no browser' : `JS ${(jsBytes / 1024).toFixed(1)} kB gzip`;
	// Both workers warm on all three pages, and the browser gone, before anything is timed: measured first
	// and cold, /login came out slower than the signed-in pages, which flattered their ratios.
	for (const path of ['/login', '/learn', `/learn/${assignment}`])
		await concurrently(CONNECTIONS, 30, () => keep('GET', path, { cookie: path === '/login' ? undefined : cookies[3] }));

	let round = 0;
	const submitRound = () => {
		const q = questionIds[round++ % questionIds.length];
		return Promise.all(
			cookies.map((cookie) => keep('POST', `/learn/${assignment}?/answer`, { cookie, form: { questionId: q, answer: 'nie wiem' } }))
		);
	};
	// The background load for the new visitor: all 200 learners submitting, over and over.
	let loading = false;
	let visitorCalls = 0;
	const VISITOR_CALLS = 1 + 3 * 10;
	const load = async () => {
		while (loading) await submitRound();
	};

	return [
		{
			name: 'http.login_signed_out',
			report: 'rate',
			runs: 3,
			iterations: 1,
			opsPerCall: CONNECTIONS * 30,
			fn: () => concurrently(CONNECTIONS, 30, () => keep('GET', '/login')),
			note: `${CONNECTIONS} connections`
		},
		{
			name: 'http.learn_list',
			report: 'rate',
			runs: 3,
			iterations: 1,
			opsPerCall: CONNECTIONS * 30,
			fn: () => concurrently(CONNECTIONS, 30, () => keep('GET', '/learn', { cookie: cookies[1] })),
			note: `${CONNECTIONS} connections, signed in`
		},
		{
			name: 'http.reading_page',
			report: 'rate',
			runs: 3,
			iterations: 1,
			opsPerCall: CONNECTIONS * 30,
			fn: () => concurrently(CONNECTIONS, 30, () => keep('GET', `/learn/${assignment}`, { cookie: cookies[2] })),
			note: js
		},
		{
			name: 'http.submit_200_learners',
			report: 'rate',
			runs: 3,
			iterations: 2,
			warmup: 0,
			opsPerCall: LEARNERS,
			fn: submitRound,
			note: `${LEARNERS} learners at once, answers/s`
		},
		{
			name: 'http.new_visitor_under_load',
			report: 'time',
			runs: 3,
			iterations: 10,
			warmup: 1,
			setup: () => {
				loading = true;
				void load();
			},
			fn: async () => {
				await fresh('GET', '/login');
				if (++visitorCalls === VISITOR_CALLS) loading = false;
			},
			note: `GET /login on a new connection while ${LEARNERS} learners submit`
		}
	];
}
