import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { joinAsNewLearner, openSeedReading, tapWord, waitForHydration } from './helpers';

test.skip(!existsSync('data/freedict/pol-eng.dict') || !existsSync('data/polimorf/pl.dict'), 'needs the dictionaries from npm install');

test('tapping a word explains it in its sentence: base form, case, meaning, expression', async ({ page }) => {
	await joinAsNewLearner(page);
	await openSeedReading(page);
	await waitForHydration(page);
	const panel = page.getByRole('complementary', { name: 'Słowo' });

	await tapWord(page, '122 tysiące żołnierzy', 'żołnierzy');
	await expect(panel).toContainText('forma podstawowa: żołnierz');
	await expect(panel).toContainText('dopełniacz');
	await expect(panel).toContainText('soldier');
	await expect(panel.locator('.sentence mark')).toHaveText('żołnierzy');

	// After "w" the sentence leaves one case, named with its English name and its use.
	await tapWord(page, 'w Kijowie', 'Kijowie');
	await expect(panel).toContainText('forma podstawowa: Kijów');
	await expect(panel.locator('.grammar')).toContainText('miejscownik (locative)');

	await tapWord(page, 'biorący udział', 'udział');
	await expect(panel).toContainText('wyrażenie: brać udział');
	await expect(panel).toContainText('take part');
	await panel.getByRole('button', { name: 'Zamknij' }).click();
	await expect(panel).toBeHidden();
});

test('the keyboard reaches every word of the text, and the search field explains a typed word', async ({ page }) => {
	await joinAsNewLearner(page);
	await openSeedReading(page);
	await waitForHydration(page);
	const panel = page.getByRole('complementary', { name: 'Słowo' });
	const text = page.getByRole('region', { name: /Tekst artykułu/ });
	await text.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(panel).toContainText('forma podstawowa: generalny');
	await expect(panel.locator('.sentence')).toContainText('Sekretarz generalny NATO');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();

	await page.getByLabel('Sprawdź słowo').fill('granicy');
	await page.getByRole('button', { name: 'Pokaż znaczenie' }).click();
	await expect(panel).toContainText('forma podstawowa: granica');
	await expect(panel).toContainText('border');
});
