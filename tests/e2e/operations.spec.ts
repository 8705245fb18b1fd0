import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gotoReady } from './helpers';

// A first start migrates a new database and seeds the library: on a busy 2-core machine that can take a minute or more.
test.describe.configure({ timeout: 240_000 });

// A second server on a database in a tiny file system that the test fills up, as a full disk would.
const port = Number(process.env.E2E_PORT ?? 4319) + 1;
const base = `http://127.0.0.1:${port}`;
const mount = mkdtempSync(join(tmpdir(), 'czytanka-full-'));
let server: ChildProcess | null = null;
let mounted = false;

test.beforeAll(async () => {
	mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]).status === 0;
	if (!mounted) return;
	server = spawn(process.execPath, ['scripts/start.mjs'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: join(mount, 'c.db'),
			DEMO: '1',
			CZYTANKA_SKIP_BUILD: '1',
			LOG_REQUESTS: '0'
		},
		stdio: 'ignore'
	});
	await expect.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);
});

test.afterAll(() => {
	server?.kill();
	if (mounted) spawnSync('umount', ['-l', mount]);
	rmSync(mount, { recursive: true, force: true });
});

test('a full disk gives a 503 page in Polish with no stack trace, and the app recovers by itself', async ({ page }) => {
	test.skip(!mounted, 'mounting a small tmpfs needs root (CI runs as root)');
	const filler = join(mount, 'filler');
	try {
		writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024));
	} catch {
		/* the file system is full now, which is the point */
	}
	const health = await fetch(`${base}/healthz`);
	expect(health.status).toBe(503);
	expect(await health.json()).toMatchObject({ ok: false, database: 'SQLITE_FULL' });

	await gotoReady(page, `${base}/login`);
	await page.getByLabel('Nazwa użytkownika lub e-mail').fill('demo-uczen');
	await page.getByLabel('Hasło').fill('czytanka-demo');
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(page.getByRole('heading', { name: 'Spróbuj za chwilę' })).toBeVisible();
	await expect(page.locator('body')).not.toContainText(/at .*\.(js|ts):\d+|SQLITE_/);

	rmSync(filler);
	expect((await fetch(`${base}/healthz`)).status).toBe(200);
	await gotoReady(page, `${base}/login`);
	await page.getByLabel('Nazwa użytkownika lub e-mail').fill('demo-uczen');
	await page.getByLabel('Hasło').fill('czytanka-demo');
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(page).toHaveURL(/\/learn/);
});
