import { expect, test } from '@playwright/test';
import { login } from './helpers';

test('a signed-out visitor is sent to /login', async ({ page }) => {
	await page.goto('/learn');
	await expect(page).toHaveURL(/\/login\?next=%2Flearn$/);
	await page.goto('/teach');
	await expect(page).toHaveURL(/\/login/);
});

test('a learner gets 403 on teacher pages, a teacher on learner pages', async ({ page }) => {
	await login(page, 'demo-uczen');
	const res = await page.goto('/teach');
	expect(res?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Brak dostępu');
	await page.getByRole('button', { name: 'Wyloguj' }).click();
	await expect(page).toHaveURL(/\/login/);
	await login(page, 'demo-nauczyciel');
	expect((await page.goto('/learn'))?.status()).toBe(403);
});

test('wrong password shows a clear message; logout ends the session', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Nazwa użytkownika lub e-mail').fill('demo-uczen');
	await page.getByLabel('Hasło').fill('zle-haslo');
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(page.getByRole('alert')).toHaveText('Nieprawidłowa nazwa użytkownika lub hasło.');
	await login(page, 'demo-uczen');
	const cookie = (await page.context().cookies()).find((c) => c.name === 'czytanka_session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	await page.getByRole('button', { name: 'Wyloguj' }).click();
	// The old token no longer opens a session even if replayed.
	await page.context().addCookies([{ ...cookie!, expires: -1 }]);
	await page.goto('/learn');
	await expect(page).toHaveURL(/\/login/);
});

test('a cross-origin form post is refused with 403', async ({ request }) => {
	const res = await request.post('/login', {
		form: { login: 'demo-uczen', password: 'czytanka-demo' },
		headers: { origin: 'http://evil.example' }
	});
	expect(res.status()).toBe(403);
});

test('pages carry a Content-Security-Policy', async ({ request }) => {
	const res = await request.get('/login');
	const csp = res.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("base-uri 'none'");
});
