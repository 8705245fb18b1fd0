import { expect, test } from '@playwright/test';
import { createClassAs, DEMO_PASSWORD, registerNewTeacher, gotoReady } from './helpers';

const TEXT = `Toruń otworzył nowy most na Wiśle

W poniedziałek w Toruniu otwarto nowy most drogowy na Wiśle. Most ma 900 metrów długości i cztery pasy ruchu. Budowa trwała trzy lata i kosztowała 600 milionów złotych.

Pierwszego dnia przez most przejechało około 20 tysięcy samochodów. Miasto planuje też nową linię autobusową.`;

test('sign-in with a strange ?next or a huge name answers with a page, never a 500', async ({ page, baseURL }) => {
	const headers = { origin: baseURL! };
	const signIn = (next: string, login = 'demo-nauczyciel') =>
		page.request.post(`/login?next=${encodeURIComponent(next)}`, {
			form: { login, password: DEMO_PASSWORD },
			headers: { ...headers, accept: 'text/html' },
			maxRedirects: 0
		});

	const withBreak = await signIn('/teach\r\nX-Evil: 1');
	expect(withBreak.status()).toBe(303);
	expect(withBreak.headers()['location']).toBe('/teach');
	expect(withBreak.headers()['x-evil']).toBeUndefined();

	// Signed in now: the login page sends a visitor on, Polish letters percent-encoded.
	const polish = await page.request.get(`/login?next=${encodeURIComponent('/teach/klasa-ą')}`, { maxRedirects: 0 });
	expect(polish.status()).toBe(303);
	expect(polish.headers()['location']).toBe('/teach/klasa-%C4%85');

	const huge = await page.request.post('/login', {
		form: { login: 'x'.repeat(5000), password: 'cokolwiek' },
		headers: { ...headers, 'x-sveltekit-action': 'true' }
	});
	expect(await huge.text()).toContain('Nieprawidłowa nazwa użytkownika lub hasło');
});

test('report date filters with impossible years and a title cut inside an emoji still give pages and CSV', async ({ page }) => {
	test.setTimeout(90_000);
	await registerNewTeacher(page, 'Pan Dziwny');
	const className = `Klasa dziwna ${Date.now().toString(36)}`;
	const klass = await createClassAs(page, className);

	const report = await page.goto(`/teach/reports/class/${klass.id}?od=0000-01-01&do=9999-12-31`);
	expect(report?.status()).toBe(200);
	await expect(page.getByText('Nieprawidłowa data w filtrze')).toBeVisible();
	expect((await page.request.get(`/teach/reports/class/${klass.id}/csv?do=9999-12-31`)).status()).toBe(200);

	// The CSV file name takes the title's first 40 characters: here the 40th is half of an emoji.
	await gotoReady(page, '/teach/articles/new');
	await page.getByLabel('Tytuł').fill(`Most ${'w'.repeat(34)}🌉 nad Wisłą`);
	await page.getByLabel('Tekst artykułu').fill(TEXT);
	await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
	await page.getByRole('button', { name: 'Zapisz tekst i utwórz pytania' }).click();
	await page.getByRole('link', { name: 'Zadaj klasie' }).click();
	await page.getByLabel(className).check();
	await page.locator('input[name=questionId]').first().check();
	await page.getByRole('button', { name: 'Zadaj' }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[0-9a-f-]+/);
	const assignmentId = new URL(page.url()).pathname.split('/').pop()!;
	const csv = await page.request.get(`/teach/reports/assignment/${assignmentId}/csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-disposition']).toContain(encodeURIComponent(`Most ${'w'.repeat(34)}`));
});

test('a form body that cannot be read answers 400 with a page in Polish, never a 500', async ({ request, baseURL }) => {
	const res = await request.post('/login', {
		headers: { origin: baseURL!, 'content-type': 'multipart/form-data; boundary=XYZ' },
		data: '--XYZ\r\nContent-Disposition: form-data; name="login"\r\n\r\nniedokończone'
	});
	expect(res.status()).toBe(400);
	expect(await res.text()).toContain('Nie udało się odczytać wysłanego formularza');
});

test('the health check answers for a monitor', async ({ request }) => {
	const res = await request.get('/healthz');
	expect(res.status()).toBe(200);
	expect(await res.json()).toEqual({ ok: true, database: 'ok' });
});
