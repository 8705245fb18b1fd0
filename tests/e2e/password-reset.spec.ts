import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { gotoReady, login, registerNewTeacher, TEACHER_PASSWORD } from './helpers';

// A first start migrates a new database and seeds the library: on a busy 2-core machine that can take a minute or more.
test.describe.configure({ timeout: 240_000 });

// A server of its own with mail on (SMTP_URL to a sink on loopback, ORIGIN for the links); the suite's main
// server has no mail, as most schools' will not.
const mainBase = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4319)}`;
const port = Number(process.env.E2E_PORT ?? 4319) + 4;
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'czytanka-reset-'));
const NEW_PASSWORD = 'zielona-lampa-nad-stawem-4';
const WRONG = 'Nieprawidłowa nazwa użytkownika lub hasło.';

interface Received {
	to: string[];
	text: string;
}
const inbox: Received[] = [];
let sink: SMTPServer | null = null;
let server: ChildProcess | null = null;

/** The message body as text: nodemailer sends Polish text quoted-printable, with soft line breaks. */
function decode(raw: string): string {
	const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
	const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	return Buffer.from(bytes, 'latin1').toString('utf8');
}

test.use({ baseURL: base });

test.beforeAll(async () => {
	sink = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), text: decode(Buffer.concat(chunks).toString('latin1')) });
				callback();
			});
		}
	});
	const smtpPort = await new Promise<number>((resolve) => {
		sink!.listen(0, '127.0.0.1', () => resolve((sink!.server.address() as { port: number }).port));
	});
	server = spawn(process.execPath, ['scripts/start.mjs'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: join(dir, 'reset.db'),
			DEMO: '0',
			WORKERS: '1',
			CZYTANKA_SKIP_BUILD: '1',
			LOG_REQUESTS: '0',
			ORIGIN: base,
			SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
			MAIL_FROM: 'Czytanka <czytanka@szkola.example>'
		},
		stdio: 'ignore'
	});
	await expect.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);
});

test.afterAll(async () => {
	server?.kill();
	await new Promise<void>((resolve) => (sink ? sink.close(() => resolve()) : resolve()));
	rmSync(dir, { recursive: true, force: true });
});

async function askForLink(page: Page, email: string) {
	await gotoReady(page, '/login');
	await page.getByRole('link', { name: 'Nie pamiętasz hasła?' }).click();
	await expect(page.getByRole('heading', { name: 'Nie pamiętasz hasła?' })).toBeVisible();
	await page.getByLabel('Adres e-mail').fill(email);
	await page.getByRole('button', { name: 'Wyślij link' }).click();
	await expect(page.getByRole('heading', { name: 'Sprawdź skrzynkę' })).toBeVisible();
	return (await page.locator('main').innerText()).replace(email, 'ADRES');
}

async function signInAnswer(page: Page, login: string, password: string) {
	await gotoReady(page, '/login');
	await page.getByLabel('Nazwa użytkownika lub e-mail').fill(login);
	await page.getByLabel('Hasło').fill(password);
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
}

test('without mail the page says who can help and asks for no address', async ({ browser }) => {
	const page = await (await browser.newContext({ baseURL: mainBase })).newPage();
	await gotoReady(page, '/login');
	await page.getByRole('link', { name: 'Nie pamiętasz hasła?' }).click();
	await expect(page.getByRole('status')).toContainText('nie wysyła e-maili');
	await expect(page.getByRole('status')).toContainText('administratora');
	await expect(page.getByLabel('Adres e-mail')).toHaveCount(0);
	await expect(page.locator('main')).toContainText('Poproś o pomoc nauczyciela');
	await page.context().close();
});

test('a teacher gets a link by e-mail that works once; the old password stops working, the new one works', async ({ page, browser }) => {
	// Three browsers, a mail round trip and eight page loads: more than the default limit on a shared machine.
	const email = await registerNewTeacher(page, 'Pani Ewa Zapominalska');
	// Signed in elsewhere too: the reset ends that session.
	const laptop = await (await browser.newContext({ baseURL: base })).newPage();
	await login(laptop, email, TEACHER_PASSWORD);
	await page.getByRole('button', { name: 'Wyloguj' }).click();

	const known = await askForLink(page, email);
	const unknown = await askForLink(page, `nikt-${Date.now().toString(36)}@example.pl`);
	expect(unknown).toBe(known);
	await expect.poll(() => inbox.length, { timeout: 15_000 }).toBeGreaterThan(0);
	const mail = inbox.find((m) => m.to.includes(email))!;
	expect(mail.text).toContain('Link działa przez godzinę i tylko raz.');
	const link = /https?:\/\/\S+\/haslo\/nowe\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
	expect(link.startsWith(`${base}/haslo/nowe/`)).toBe(true);

	const phone = await (await browser.newContext({ baseURL: base })).newPage();
	await gotoReady(phone, link);
	await expect(phone.getByText(email)).toBeVisible();
	await phone.getByLabel('Nowe hasło (co najmniej 8 znaków)').fill('qwerty123');
	await phone.getByLabel('Powtórz nowe hasło').fill('qwerty123');
	await phone.getByRole('button', { name: 'Ustaw nowe hasło' }).click();
	await expect(phone.getByRole('alert')).toContainText('za słabe');
	await phone.getByLabel('Nowe hasło (co najmniej 8 znaków)').fill(NEW_PASSWORD);
	await phone.getByLabel('Powtórz nowe hasło').fill(NEW_PASSWORD);
	await phone.getByRole('button', { name: 'Ustaw nowe hasło' }).click();
	await expect(phone.getByRole('heading', { name: 'Hasło zmienione' })).toBeVisible();

	await gotoReady(phone, link);
	await expect(phone.getByRole('heading', { name: 'Link nie działa' })).toBeVisible();
	await expect(phone.getByRole('alert')).toContainText('został użyty');

	await laptop.goto('/teach');
	await expect(laptop).toHaveURL(/\/login/);
	await signInAnswer(laptop, email, TEACHER_PASSWORD);
	await expect(laptop.getByRole('alert')).toHaveText(WRONG);
	await login(laptop, email, NEW_PASSWORD);
	await expect(laptop).toHaveURL(/\/teach$/);
	expect(inbox.filter((m) => m.to.some((to) => to.startsWith('nikt-')))).toHaveLength(0);
	await laptop.context().close();
	await phone.context().close();
});
