import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A first start migrates a new database and seeds the library: on a busy 2-core machine that can take a minute or more.
test.describe.configure({ timeout: 240_000 });

// A server of its own, stopped with SIGTERM while keep-alive clients keep sending requests.
const port = Number(process.env.E2E_PORT ?? 4319) + 2;

function get(agent: Agent): Promise<'ok' | 'refused' | 'reset'> {
	return new Promise((resolve) => {
		const req = request({ host: '127.0.0.1', port, path: '/login', agent }, (res) => {
			res.resume();
			res.on('end', () => resolve('ok'));
		});
		// Refused: the request never left (the server no longer accepts). Reset: it was sent and lost.
		req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED' ? 'refused' : 'reset'));
		req.end();
	});
}

test('SIGTERM under load: requests already sent are all answered, none reset', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'czytanka-stop-'));
	const server = spawn(process.execPath, ['scripts/start.mjs'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: join(dir, 'c.db'),
			CZYTANKA_SKIP_BUILD: '1',
			LOG_REQUESTS: '0'
		},
		stdio: 'ignore'
	});
	const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
	await expect
		.poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status, { timeout: 120_000 })
		.toBe(200);

	const agent = new Agent({ keepAlive: true, maxSockets: 20 });
	const counts = { ok: 0, refused: 0, reset: 0 };
	let stopAt = Infinity;
	const client = async () => {
		while (Date.now() < stopAt) counts[await get(agent)]++;
	};
	const clients = Array.from({ length: 20 }, client);
	// The signal comes once the server is answering under load (a count, not a time: busy machines are slow).
	await expect.poll(() => counts.ok, { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
	server.kill('SIGTERM');
	stopAt = Date.now() + 1_500;
	await Promise.all(clients);
	agent.destroy();

	expect(await exited).toBe(0);
	expect(counts.ok).toBeGreaterThanOrEqual(20);
	expect(counts.reset).toBe(0);
});
