import { expect, test, type Page } from '@playwright/test';
import { answerAllOpen, gotoReady } from './helpers';

let counter = 0;
const PASSWORD = 'kasztan-rower-parasol-1';

/** A visitor signs up from the home page, without a class code. */
async function signUpSolo(page: Page, level = 'A1 — dopiero zaczynam') {
	const username = `sam-${Date.now().toString(36)}-${counter++}`;
	await gotoReady(page, '/');
	await page.getByRole('link', { name: 'Załóż konto ucznia' }).click();
	await expect(page.getByRole('heading', { name: 'Ucz się sam' })).toBeVisible();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('Nazwa użytkownika').fill(username);
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill(PASSWORD);
	await page.getByLabel('Powtórz hasło').fill(PASSWORD);
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
