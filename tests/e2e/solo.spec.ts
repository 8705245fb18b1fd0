import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerAllOpen, createClassAs, gotoReady, joinAsNewLearner, registerNewTeacher } from './helpers';

let counter = 0;
const PASSWORD = 'kasztan-rower-parasol-1';

/** A visitor signs up from the home page, without a class code. */
async function signUpSolo(page: Page, level = 'A1 — dopiero zaczynam', name = '') {
	const username = `sam-${Date.now().toString(36)}-${counter++}`;
	await gotoReady(page, '/');
	await page.getByRole('link', { name: 'Załóż konto ucznia' }).click();
	await expect(page.getByRole('heading', { name: 'Ucz się sam' })).toBeVisible();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Nazwa użytkownika').fill(username);
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill(PASSWORD);
	await page.getByLabel('Powtórz hasło').fill(PASSWORD);
	if (name) await page.getByLabel('Imię (nieobowiązkowe)').fill(name);
	await page.getByLabel(level).check();
	await page.getByLabel('Język strony').selectOption('uk');
	await page.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(page).toHaveURL(/\/learn\/poziom$/);
	return username;
}

/** Takes the placement to its end, answering whatever comes (how far it goes depends on the answers). */
async function takePlacement(page: Page) {
	for (let step = 1; step <= 3; step++) {
		const start = page.getByRole('button', { name: new RegExp(`^Zacznij tekst ${step} z`) });
		if (!(await start.isVisible())) break;
		await start.click();
		await expect(page).toHaveURL(/\/learn\/[0-9a-f-]{36}$/);
		await answerAllOpen(page);
		await page.getByRole('link', { name: 'Dalej: test poziomu' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Test skończony' })).toBeVisible();
	return (await page.getByText(/^Proponowany poziom:/).textContent())!.replace(/\D*([ABC][12]).*/s, '$1');
}

test('a visitor signs up without a class, takes the placement, reads the suggested next text and sees progress', async ({ page }) => {
	test.setTimeout(180_000);
	await signUpSolo(page);
	await expect(page.getByRole('heading', { name: 'Twój poziom: A1' })).toBeVisible();
	const level = await takePlacement(page);
	await page.getByRole('link', { name: 'Następny tekst' }).click();
	await expect(page.getByText(`Na Twoim poziomie (${level})`)).toBeVisible();
	const title = (await page.getByRole('heading', { level: 2 }).first().textContent())!.trim();
	await page.getByRole('button', { name: 'Czytaj i odpowiadaj' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await answerAllOpen(page);
	await expect(page.getByRole('heading', { name: /^Twój wynik:/ })).toBeVisible();
	await page.getByRole('link', { name: 'Postępy', exact: true }).click();
	await expect(page.getByRole('heading', { name: `Mój poziom: ${level}` })).toBeVisible();
	await expect(page.getByText(/Wynik testu poziomu:/).first()).toBeVisible();
	await expect(page.locator('.stats')).toContainText(/[2-4]\s+czytanki ukończone/);
	await expect(page.getByRole('heading', { name: 'Cel na ten tydzień' })).toBeVisible();
	await page.getByLabel('Ile tekstów tygodniowo chcesz czytać?').selectOption('5');
	await page.getByRole('button', { name: 'Zapisz cel' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Zapisano nowy cel.' })).toBeVisible();
	await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Cel na ten tydzień' }) })).toContainText(/z 5 tekstów/);
	await expect(page.getByText(/Czytasz 1 dzień z rzędu/)).toBeVisible();
});

test('the library filters by level and topic and opens a text on the reading page', async ({ page }) => {
	test.setTimeout(90_000);
	await signUpSolo(page);
	await gotoReady(page, '/learn/biblioteka');
	await page.getByLabel('Poziom').selectOption('A1');
	await page.getByRole('button', { name: 'Pokaż' }).click();
	await expect(page.getByRole('status')).toContainText('Pasuje 10 z 40');
	await page.getByLabel('Temat').selectOption('rodzina');
	await page.getByRole('button', { name: 'Pokaż' }).click();
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Moja rodzina']);
	await page.getByRole('link', { name: 'Moja rodzina' }).click();
	await page.getByRole('button', { name: 'Czytaj i odpowiadaj' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moja rodzina');
	await expect(page.getByText('Samodzielnie')).toBeVisible();
});

const OWN_TEXT = readFileSync('src/lib/questions/corpus/lokalne-most.txt', 'utf8');

async function newPage(browser: Browser) {
	const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'pl-PL' });
	return context.newPage();
}

test('a learner pastes their own text and gets a quiz only they can see; after joining a class the teacher sees only the class work', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	await signUpSolo(page, 'B1 — rozumiem proste teksty', 'Oksana Samodzielna');
	await gotoReady(page, '/learn/wlasny-tekst');
	await expect(page.getByText('Dziś możesz dodać jeszcze 5 tekstów.')).toBeVisible();
	await page.getByLabel('Tytuł (nieobowiązkowy)').fill('Mój most w Opolu');
	await page.getByLabel('Tekst po polsku').fill(OWN_TEXT);
	await page.getByRole('button', { name: 'Ułóż pytania' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mój most w Opolu');
	const own = new URL(page.url()).pathname;
	expect(await page.locator('article.q').count()).toBeGreaterThanOrEqual(3);
	await answerAllOpen(page);
	await expect(page.getByRole('heading', { name: /^Twój wynik:/ })).toBeVisible();
	await gotoReady(page, '/learn/wlasny-tekst');
	await expect(page.getByText('Dziś możesz dodać jeszcze 4 teksty.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Mój most w Opolu' })).toBeVisible();

	// A teacher with a class and a library text assigned to it.
	const teacher = await newPage(browser);
	await registerNewTeacher(teacher, 'Pani Biblioteczna');
	const className = `Klasa ${Date.now().toString(36)}`;
	const klass = await createClassAs(teacher, className);
	await gotoReady(teacher, '/teach/assignments/new');
	await teacher.getByText('Poziom A2 (10)').click();
	await teacher.getByRole('link', { name: /Urodziny babci/ }).click();
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Zadaj: Urodziny babci');
	await teacher.getByLabel(className).check();
	await teacher.getByRole('button', { name: 'Zadaj' }).click();
	await expect(teacher).toHaveURL(/\/teach\/assignments\/[0-9a-f-]+\?nowe=1/);
	await expect(teacher.getByRole('link', { name: 'Pytania do tekstu' })).toHaveCount(0);

	// The learner joins with the code, keeping their own readings, and does the class's reading.
	await gotoReady(page, '/join');
	await page.getByLabel('Kod klasy').fill(klass.code);
	await page.getByRole('button', { name: 'Dołącz' }).click();
	await expect(page).toHaveURL(/\/learn$/);
	await expect(page.getByRole('link', { name: 'Mój most w Opolu' })).toBeVisible();
	await page.locator('li.card', { hasText: className }).getByRole('link', { name: 'Urodziny babci' }).click();
	await answerAllOpen(page);

	// The teacher's reports hold the class's reading only.
	await gotoReady(teacher, `/teach/reports/class/${klass.id}`);
	await expect(teacher.locator('table.overview')).toContainText('Oksana Samodzielna');
	await expect(teacher.locator('table.overview thead')).toContainText('Urodziny babci');
	await expect(teacher.locator('main')).not.toContainText('Mój most w Opolu');
	await expect(teacher.locator('table.overview thead th')).toHaveCount(4);
	await teacher.getByRole('link', { name: 'Oksana Samodzielna' }).click();
	await expect(teacher.getByRole('heading', { level: 1 })).toContainText('Oksana Samodzielna');
	await expect(teacher.locator('main')).toContainText('Urodziny babci');
	await expect(teacher.locator('main')).not.toContainText('Mój most w Opolu');

	// The private reading is not found for the teacher, nor for another learner.
	const id = own.split('/').pop();
	for (const url of [`/teach/assignments/${id}`, `/teach/reports/assignment/${id}`, `/teach/reports/assignment/${id}/csv`])
		expect((await teacher.goto(url))?.status(), url).toBe(404);
	const other = await newPage(browser);
	await joinAsNewLearner(other);
	expect((await other.goto(own))?.status()).toBe(404);
	await expect(other.locator('main')).not.toContainText('Mój most w Opolu');
});
