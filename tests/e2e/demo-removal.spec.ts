import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, gotoReady, login, registerNewTeacher } from './helpers';

// A first start migrates a new database and seeds the library: on a busy 2-core machine that can take a minute or more.
test.describe.configure({ timeout: 240_000 });

// A server of its own with a fresh demo database: removing the demo here leaves the other tests' demo accounts alone.
const port = Number(process.env.E2E_PORT ?? 4319) + 3;
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'czytanka-demo-'));
let server: ChildProcess | null = null;

test.use({ baseURL: base });

test.beforeAll(async () => {
	server = spawn(process.execPath, ['scripts/start.mjs'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: join(dir, 'demo.db'),
			DEMO: '1',
			WORKERS: '1',
			CZYTANKA_SKIP_BUILD: '1',
			LOG_REQUESTS: '0'
		},
		stdio: 'ignore'
	});
	await expect.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);
});

test.afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

test('a teacher sees the demo notice and its button removes the demo accounts with their class', async ({ page, browser }) => {
	// A learner of the demo class, to see the class and its assignment go with the demo.
	const demoLearner = await (await browser.newContext({ baseURL: base })).newPage();
	await login(demoLearner, 'demo-uczen');
	await expect(demoLearner.getByRole('link', { name: /Stoltenberg/ })).toBeVisible();

	await registerNewTeacher(page, 'Pani Dyrektor');
	const notice = page.getByRole('region', { name: 'W tej bazie są konta demo' });
	await expect(notice).toContainText('czytanka-demo');
	await notice.getByRole('button', { name: 'Usuń konta demo' }).click();
	await expect(page.getByRole('status')).toContainText('Usunięto konta demo');
	await expect(page.getByRole('region', { name: 'W tej bazie są konta demo' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('region', { name: 'W tej bazie są konta demo' })).toHaveCount(0);

	// The demo learner's session ended with the account, and the public password opens nothing any more.
	await demoLearner.goto('/learn');
	await expect(demoLearner).toHaveURL(/\/login/);
	for (const username of ['demo-uczen', 'demo-nauczyciel']) {
		await gotoReady(demoLearner, '/login');
		await demoLearner.getByLabel('Nazwa użytkownika lub e-mail').fill(username);
		await demoLearner.getByLabel('Hasło').fill(DEMO_PASSWORD);
		await demoLearner.getByRole('button', { name: 'Zaloguj się' }).click();
		await expect(demoLearner.getByRole('alert')).toHaveText('Nieprawidłowa nazwa użytkownika lub hasło.');
	}
	// The demo class code no longer works.
	await gotoReady(demoLearner, '/join?kod=DEMO2022');
	await demoLearner.getByLabel('Imię').fill('Ktoś');
	await demoLearner.getByLabel('Nazwa użytkownika').fill(`ktos-${Date.now().toString(36)}`);
	await demoLearner.getByLabel('Hasło (co najmniej 8 znaków)').fill('kasztan-rower-parasol');
	await demoLearner.getByLabel('Powtórz hasło').fill('kasztan-rower-parasol');
	await demoLearner.getByRole('button', { name: 'Dołącz' }).click();
	await expect(demoLearner.getByRole('alert')).toContainText('Nie ma klasy o takim kodzie');
	await demoLearner.context().close();
});
