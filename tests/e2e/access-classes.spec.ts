import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createClassAs, login, registerNewTeacher } from './helpers';

/** A plain form post, as a browser without JavaScript sends it (same origin, so only our checks apply). */
function post(request: APIRequestContext, baseURL: string, path: string, form: Record<string, string> = {}) {
	return request.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0 });
}

async function snapshot(page: Page, classId: string) {
	await page.goto(`/teach/classes/${classId}`);
	return {
		heading: await page.getByRole('heading', { level: 1 }).textContent(),
		code: await page.getByTestId('class-code').textContent(),
		roster: await page.locator('ul.people > li .who').allTextContents()
	};
}

test('another teacher can neither see nor change a class, whatever ids they put in URLs and forms', async ({ page, browser, baseURL }) => {
	await registerNewTeacher(page, 'Właścicielka Klasy');
	const owned = await createClassAs(page, `Cudza ${Date.now()}`);
	await page.getByLabel('Imiona i nazwiska, każde w osobnym wierszu').fill('Ala Kowalska');
	await page.getByRole('button', { name: 'Załóż konta' }).click();
	const card = page.locator('.fresh-logins .login-card');
	await expect(card).toHaveCount(1);
	const [username, password] = (await card.locator('dd.mono').allTextContents()).map((s) => s.trim());
	const learnerId = (await page.locator('input[name=learnerId]').first().getAttribute('value'))!;
	const before = await snapshot(page, owned.id);

	const intruder = await (await browser.newContext()).newPage();
	await registerNewTeacher(intruder, 'Intruz');
	const own = await createClassAs(intruder, `Moja ${Date.now()}`);

	const view = await intruder.goto(`/teach/classes/${owned.id}`);
	expect(view?.status()).toBe(404);
	expect((await intruder.goto(`/teach/classes/${owned.id}/cards`))?.status()).toBe(404);
	await intruder.goto('/teach/classes');
	await expect(intruder.getByText(before.heading!.trim())).toHaveCount(0);

	const req = intruder.request;
	const base = `/teach/classes/${owned.id}`;
	const attempts: [string, Record<string, string>][] = [
		[`${base}?/rename`, { name: 'Przejęta' }],
		[`${base}?/archive`, {}],
		[`${base}?/regenerate`, {}],
		[`${base}?/remove`, { learnerId }],
		[`${base}?/resetPassword`, { learnerId }],
		[`${base}?/createLearners`, { names: 'Podrzucony Uczeń' }],
		// The intruder's own class with the victim's learner id: still nothing.
		[`/teach/classes/${own.id}?/remove`, { learnerId }],
		[`/teach/classes/${own.id}?/resetPassword`, { learnerId }],
		['/teach/classes?/restore', { classId: owned.id }]
	];
	for (const [path, form] of attempts) {
		const res = await post(req, baseURL!, path, form);
		expect([403, 404], `${path} answered ${res.status()}`).toContain(res.status());
	}

	// Checked as the owner: nothing changed, and the learner's password still works.
	expect(await snapshot(page, owned.id)).toEqual(before);
	const child = await (await browser.newContext()).newPage();
	await login(child, username, password);
	await expect(child).toHaveURL(/\/learn$/);
	await intruder.context().close();
	await child.context().close();
});

test('a learner gets 403 from every teacher class page and action', async ({ page, browser, baseURL }) => {
	await registerNewTeacher(page);
	const cls = await createClassAs(page, `Klasa ucznia ${Date.now()}`);
	await page.getByLabel('Imiona i nazwiska, każde w osobnym wierszu').fill('Ewa Sprytna');
	await page.getByRole('button', { name: 'Załóż konta' }).click();
	await expect(page.locator('.fresh-logins .login-card')).toHaveCount(1);
	const [username, password] = (await page.locator('.fresh-logins .login-card dd.mono').allTextContents()).map((s) => s.trim());
	const learnerId = (await page.locator('input[name=learnerId]').first().getAttribute('value'))!;
	const before = await snapshot(page, cls.id);

	const child = await (await browser.newContext()).newPage();
	await login(child, username, password);
	expect((await child.goto('/teach/classes'))?.status()).toBe(403);
	expect((await child.goto(`/teach/classes/${cls.id}`))?.status()).toBe(403);
	expect((await child.goto(`/teach/classes/${cls.id}/cards`))?.status()).toBe(403);
	const base = `/teach/classes/${cls.id}`;
	for (const [path, form] of [
		['/teach/classes?/create', { name: 'Klasa ucznia' }],
		['/teach/classes?/restore', { classId: cls.id }],
		[`${base}?/rename`, { name: 'Hakerzy' }],
		[`${base}?/archive`, {}],
		[`${base}?/regenerate`, {}],
		[`${base}?/remove`, { learnerId }],
		[`${base}?/resetPassword`, { learnerId }],
		[`${base}?/createLearners`, { names: 'Kolega' }]
	] as [string, Record<string, string>][]) {
		const res = await post(child.request, baseURL!, path, form);
		expect(res.status(), path).toBe(403);
	}
	expect(await snapshot(page, cls.id)).toEqual(before);
	await child.context().close();
});

test('a signed-out visitor posting a class action is sent to sign in', async ({ request, baseURL }) => {
	const res = await post(request, baseURL!, '/teach/classes?/create', { name: 'Anonimowa' });
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toContain('/login');
});
