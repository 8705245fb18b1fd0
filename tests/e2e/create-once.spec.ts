import { expect, test, type Page } from '@playwright/test';
import { createClassAs, gotoReady, registerNewTeacher } from './helpers';
import { post, school, TEXT } from './lifecycle-helpers';

const token = (page: Page, form = page.locator('form:has(input[name=formToken])').first()) =>
	form.locator('input[name=formToken]').inputValue();

test('two clicks and a retried post create one class', async ({ page, baseURL }) => {
	await registerNewTeacher(page);
	await gotoReady(page, '/teach/classes');
	const name = `Raz ${Date.now().toString(36)}`;
	await page.getByLabel('Nazwa klasy').fill(name);
	const button = page.getByRole('button', { name: 'Utwórz klasę' });
	await button.evaluate((b: HTMLButtonElement) => {
		b.click();
		b.click();
	});
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

	await gotoReady(page, '/teach/classes');
	const again = `Dwa ${Date.now().toString(36)}`;
	const form = { name: again, formToken: await token(page) };
	const [a, b] = await Promise.all([
		post(page.request, baseURL!, '/teach/classes?/create', form),
		post(page.request, baseURL!, '/teach/classes?/create', form)
	]);
	expect([a.status(), b.status()]).toEqual([303, 303]);
	expect(a.headers()['location']).toBe(b.headers()['location']);
	await page.goto('/teach/classes');
	await expect(page.getByRole('link', { name, exact: true })).toHaveCount(1);
	await expect(page.getByRole('link', { name: again, exact: true })).toHaveCount(1);
});

test('a learner batch posted twice creates the accounts once and shows the same passwords again', async ({ page, baseURL }) => {
	await registerNewTeacher(page);
	const cls = await createClassAs(page, `Partia ${Date.now().toString(36)}`);
	const form = { names: 'Basia Nowak\nKarol Lis', formToken: await token(page, page.locator('form[action="?/createLearners"]')) };
	const path = `/teach/classes/${cls.id}?/createLearners`;
	const [a, b] = await Promise.all([post(page.request, baseURL!, path, form), post(page.request, baseURL!, path, form)]);
	// Each password shows on its card (and again in the page's data); the hint's example is not one.
	const passwords = (html: string) =>
		[...new Set([...html.matchAll(/\b[a-ząćęłńóśźż]+-[a-ząćęłńóśźż]+-\d+\b/g)].map((m) => m[0]))].filter((p) => p !== 'lato-kot-42').sort();
	const [first, second] = [await a.text(), await b.text()];
	expect(passwords(first)).toHaveLength(2);
	expect(passwords(second)).toEqual(passwords(first));
	// A reload of the answer posts the same form once more: the same page again.
	expect(passwords(await (await post(page.request, baseURL!, path, form)).text())).toEqual(passwords(first));
	await page.goto(`/teach/classes/${cls.id}`);
	await expect(page.locator('ul.people > li')).toHaveCount(2);
});

test('repeated names are shown before creating, and the accounts get numbers', async ({ page }) => {
	await registerNewTeacher(page);
	await createClassAs(page, `Imiennicy ${Date.now().toString(36)}`);
	await page.getByLabel('Imiona i nazwiska, każde w osobnym wierszu').fill('Jan Kowalski\nEwa Lis\nJan Kowalski');
	await expect(page.getByTestId('repeated-names')).toContainText('„Jan Kowalski” — 2 razy');
	await expect(page.getByTestId('repeated-names')).toContainText('„Jan Kowalski (2)”');
	await page.getByRole('button', { name: 'Załóż konta z numerami przy imionach' }).click();
	await expect(page.locator('.fresh-logins .login-card .name')).toHaveText(['Jan Kowalski', 'Ewa Lis', 'Jan Kowalski (2)']);
});

test('an article and an assignment posted twice are made once', async ({ page, baseURL }) => {
	const s = await school(page, []);
	await gotoReady(page, '/teach/articles/new');
	const title = `Podwójny ${Date.now().toString(36)}`;
	const article = { title, text: TEXT, source: '', publishedOn: '', formToken: await token(page) };
	const [a, b] = await Promise.all([
		post(page.request, baseURL!, '/teach/articles/new?/save', article),
		post(page.request, baseURL!, '/teach/articles/new?/save', article)
	]);
	expect(a.headers()['location']).toBe(b.headers()['location']);
	await page.goto('/teach/articles');
	await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(1);

	await gotoReady(page, `/teach/assignments/new?tekst=${s.articleId}`);
	const questionId = await page.locator('input[name=questionId]').first().inputValue();
	const assignment = { articleId: s.articleId, classId: s.classId, questionId, due: '', formToken: await token(page) };
	const [c, d] = await Promise.all([
		post(page.request, baseURL!, '/teach/assignments/new', assignment),
		post(page.request, baseURL!, '/teach/assignments/new', assignment)
	]);
	expect(c.status()).toBe(303);
	expect(c.headers()['location']).toBe(d.headers()['location']);
	await page.goto('/teach/assignments');
	// Each assignment row also links to its question analysis, named with the title: count the title links only.
	await expect(page.getByRole('link', { name: s.title, exact: true })).toHaveCount(2);
});

test('after adding a question, the next one keeps the chosen skill', async ({ page }) => {
	const s = await school(page, []);
	await gotoReady(page, `/teach/articles/${s.articleId}`);
	const add = page.locator('#nowe-pytanie');
	for (const prompt of ['Gdzie otwarto most?', 'Na jakiej rzece stoi most?']) {
		await add.getByLabel('Treść pytania').fill(prompt);
		await add.getByLabel('Poprawna odpowiedź').fill('w Toruniu');
		if (prompt.startsWith('Gdzie')) await add.getByLabel('Sprawdzana umiejętność').selectOption('place');
		await expect(add.getByLabel('Sprawdzana umiejętność')).toHaveValue('place');
		await add.getByRole('button', { name: 'Dodaj pytanie' }).click();
		await expect(page.locator('article.rq', { hasText: prompt })).toContainText('miejsca');
		await expect(add.getByLabel('Treść pytania')).toHaveValue('');
	}
});
