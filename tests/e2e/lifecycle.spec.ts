import { expect, test } from '@playwright/test';
import { gotoReady, joinAsNamedLearner, login } from './helpers';
import { addArticle, answerReading, school } from './lifecycle-helpers';

test('a new due date reaches the learner; unassigning removes the reading and its answers everywhere', async ({ page, browser }) => {
	test.slow();
	const s = await school(page);
	const child = await (await browser.newContext()).newPage();
	await login(child, s.logins[0].username, s.logins[0].password);
	await answerReading(child, s.title);

	await gotoReady(page, `/teach/assignments/${s.assignmentId}`);
	await page.getByLabel('Termin', { exact: true }).fill('2099-06-15');
	await page.getByRole('button', { name: 'Zmień termin' }).click();
	await expect(page.getByRole('status')).toContainText('Nowy termin: 15 czerwca 2099');
	await child.goto('/learn');
	await expect(child.locator('li', { hasText: s.title })).toContainText('Termin: 15 czerwca 2099');

	await gotoReady(page, `/teach/assignments/${s.assignmentId}`);
	await page.getByText('Cofnij zadanie…').click();
	await expect(page.locator('.confirm')).toContainText(/\d+ odpowiedzi \(1 uczeń\) zostanie usuniętych/);
	await page.getByRole('button', { name: 'Tak, cofnij zadanie i usuń odpowiedzi' }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\?cofnieto=1/);
	await expect(page.getByRole('status')).toContainText('Cofnięto zadanie');
	await expect(page.getByText(s.title)).toHaveCount(0);
	expect((await page.goto(`/teach/assignments/${s.assignmentId}`))?.status()).toBe(404);
	await page.goto(`/teach/reports/class/${s.classId}`);
	await expect(page.getByText(s.title)).toHaveCount(0);

	await child.goto('/learn');
	await expect(child.getByText(s.title)).toHaveCount(0);
	expect((await child.goto(`/learn/${s.assignmentId}`))?.status()).toBe(404);
	await child.context().close();
});

test('an assigned article is archived (gone from lists, kept in reports and for learners); an unused one is deleted', async ({
	page,
	browser
}) => {
	test.slow();
	const s = await school(page);
	await gotoReady(page, `/teach/articles/${s.articleId}`);
	await page.getByText('Archiwizuj tekst…').click();
	await expect(page.locator('.confirm')).toContainText('Zadania, odpowiedzi uczniów i raporty zostają');
	await page.getByRole('button', { name: 'Tak, przenieś do archiwum' }).click();
	await expect(page.getByRole('status')).toContainText('Tekst jest w archiwum');
	await expect(page.locator('ul.list h2', { hasText: s.title })).toHaveCount(0);
	await expect(page.locator('details.archive')).toContainText(s.title);

	await gotoReady(page, '/teach/assignments/new');
	await expect(page.getByRole('link', { name: new RegExp(s.title) })).toHaveCount(0);
	await gotoReady(page, `/teach/assignments/new?tekst=${s.articleId}`);
	await expect(page.getByRole('alert')).toContainText('Ten tekst jest w archiwum');
	await gotoReady(page, `/teach/assignments/${s.assignmentId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
	await page.goto(`/teach/reports/class/${s.classId}`);
	await expect(page.getByText(s.title).first()).toBeVisible();

	const child = await (await browser.newContext()).newPage();
	await login(child, s.logins[0].username, s.logins[0].password);
	await child.getByRole('link', { name: s.title }).click();
	await expect(child.getByRole('heading', { level: 1 })).toHaveText(s.title);
	await child.context().close();

	await gotoReady(page, '/teach/articles');
	await page.locator('details.archive summary').click();
	await page.getByRole('button', { name: `Przywróć tekst ${s.title}` }).click();
	await expect(page.locator('ul.list')).toContainText(s.title);

	const spare = `Zapasowy ${Date.now().toString(36)}`;
	const spareId = await addArticle(page, spare);
	await page.getByText('Usuń tekst…').click();
	await page.getByRole('button', { name: 'Tak, usuń tekst i pytania' }).click();
	await expect(page.getByRole('status')).toContainText('Usunięto tekst');
	await expect(page.getByText(spare)).toHaveCount(0);
	expect((await page.goto(`/teach/articles/${spareId}`))?.status()).toBe(404);
});

test("a learner's data downloads; removal from the class keeps the account; erasure deletes it; a self-joined learner can only leave", async ({
	page,
	browser
}) => {
	test.slow();
	const s = await school(page, ['Jan Kowalski', 'Jan Kowalski']);
	expect(s.logins.map((l) => l.name)).toEqual(['Jan Kowalski', 'Jan Kowalski (2)']);
	const [jan, jan2] = s.logins;
	const child = await (await browser.newContext()).newPage();
	await login(child, jan.username, jan.password);
	await answerReading(child, s.title);
	const joined = await (await browser.newContext()).newPage();
	await joinAsNamedLearner(joined, s.code, 'Ola Sama');

	await gotoReady(page, `/teach/classes/${s.classId}`);
	const row = (name: string) => page.locator('ul.people > li').filter({ has: page.getByText(name, { exact: true }) });
	const janId = await row('Jan Kowalski').locator('input[name=learnerId]').first().inputValue();
	const data = await page.request.get(`/teach/classes/${s.classId}/learners/${janId}/export?format=json`);
	expect(data.headers()['content-disposition']).toContain(`dane-${jan.username}.json`);
	const json = await data.json();
	expect(json.account).toMatchObject({ username: jan.username, madeBy: 'teacher' });
	expect(json.classes[0].assignments[0].title).toBe(s.title);
	expect(json.classes[0].assignments[0].answers.length).toBeGreaterThan(0);
	const csv = await (await page.request.get(`/teach/classes/${s.classId}/learners/${janId}/export?format=csv`)).text();
	expect(csv).toContain(`${jan.username};Jan Kowalski;`);
	expect(csv).toContain(`;${s.title};`);

	// Removed from the class: the account stays, the class's reading goes.
	await row('Jan Kowalski (2)').getByText('Usuń z klasy…').click();
	await row('Jan Kowalski (2)')
		.getByRole('button', { name: /Tak, usuń z klasy/ })
		.click();
	await expect(page.getByRole('status')).toContainText('Usunięto ucznia z klasy');
	await expect(row('Jan Kowalski (2)')).toHaveCount(0);
	const child2 = await (await browser.newContext()).newPage();
	await login(child2, jan2.username, jan2.password);
	await expect(child2.getByText(s.title)).toHaveCount(0);
	await child2.context().close();

	// A self-joined learner has no erasure button.
	await expect(row('Ola Sama').getByText('Usuń konto…')).toHaveCount(0);

	// Erased: the account, its answers and sessions are gone.
	await row('Jan Kowalski').getByText('Usuń konto…').click();
	await expect(row('Jan Kowalski').locator('.confirm[open]')).toContainText('Tego nie da się cofnąć');
	await row('Jan Kowalski')
		.getByRole('button', { name: /Tak, usuń konto i wszystkie dane/ })
		.click();
	await expect(page.getByRole('status')).toContainText(`Usunięto konto ${jan.username}`);
	await expect(row('Jan Kowalski')).toHaveCount(0);
	await gotoReady(page, `/teach/assignments/${s.assignmentId}`);
	await expect(page.getByText(jan.username)).toHaveCount(0);
	await expect(page.getByText('Ola Sama')).toBeVisible();
	await child.goto('/learn');
	await expect(child).toHaveURL(/\/login/);
	await gotoReady(child, '/login');
	await child.getByLabel('Nazwa użytkownika lub e-mail').fill(jan.username);
	await child.getByLabel('Hasło').fill(jan.password);
	await child.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(child).toHaveURL(/\/login/);
	await child.context().close();
	await joined.context().close();
});
