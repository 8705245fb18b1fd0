import { expect, test, type Page } from '@playwright/test';
import { gotoReady } from './helpers';

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
	await expect(page).not.toHaveURL(/ucz-sie/);
	return username;
}

test('a visitor signs up without a class and reads a library text', async ({ page }) => {
	test.setTimeout(90_000);
	await signUpSolo(page);
	await gotoReady(page, '/learn/biblioteka');
	await page.getByLabel('Poziom').selectOption('A1');
	await page.getByRole('button', { name: 'Pokaż' }).click();
	await expect(page.getByRole('status')).toContainText('Pasuje 10 z 40');
	await page.getByRole('link', { name: 'Moja rodzina' }).click();
	await page.getByRole('button', { name: 'Czytaj i odpowiadaj' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moja rodzina');
	await expect(page.getByText('Samodzielnie')).toBeVisible();
});
