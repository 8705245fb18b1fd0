import { expect, test, type Page } from '@playwright/test';
import { createClassAs, joinAsNamedLearner, login, registerNewTeacher } from './helpers';

const rosterRow = (page: Page, username: string) => page.locator('ul.people > li').filter({ hasText: username });

test('a teacher cannot reset the password of a learner who joined with their own, only of accounts the teacher made', async ({
	page,
	browser,
	baseURL
}) => {
	await registerNewTeacher(page, 'Pani Sprawdzająca');
	const cls = await createClassAs(page, `Hasła ${Date.now()}`);
	await page.getByLabel('Imiona i nazwiska, każde w osobnym wierszu').fill('Zosia Założona');
	await page.getByRole('button', { name: 'Załóż konta' }).click();
	const made = (await page.locator('.fresh-logins .login-card dd.mono').first().textContent())!.trim();

	const pupil = await (await browser.newContext()).newPage();
	const own = await joinAsNamedLearner(pupil, cls.code, 'Olek Samodzielny');

	await page.goto(`/teach/classes/${cls.id}`);
	await expect(rosterRow(page, made).getByRole('button', { name: /Nowe hasło/ })).toBeVisible();
	const ownRow = rosterRow(page, own);
	await expect(ownRow).toContainText('Własne hasło ucznia');
	await expect(ownRow.getByRole('button', { name: /Nowe hasło/ })).toHaveCount(0);

	// A hand-made post with the learner's id is refused, and the pupil's password still works.
	const learnerId = (await ownRow.locator('input[name=learnerId]').getAttribute('value'))!;
	const res = await page.request.post(`/teach/classes/${cls.id}?/resetPassword`, {
		form: { learnerId },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(403);
	await pupil.getByRole('button', { name: 'Wyloguj' }).click();
	await login(pupil, own, 'bardzo-tajne-1');
	await expect(pupil).toHaveURL(/\/learn$/);
	await pupil.context().close();
});
