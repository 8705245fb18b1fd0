import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { joinAsNewLearner, openSeedReading, waitForHydration } from './helpers';

test.skip(!existsSync('data/freedict/pol-eng.dict') || !existsSync('data/polimorf/pl.dict'), 'needs the dictionaries from npm install');

test('tapping a word shows its base form, grammar and meaning; the search field does the same by keyboard', async ({ page }) => {
	await joinAsNewLearner(page);
	await openSeedReading(page);
	const paragraph = page.locator('.article-body p', { hasText: '122 tysiące żołnierzy' });
	await paragraph.scrollIntoViewIfNeeded();
	await waitForHydration(page);
	const box = await paragraph.evaluate((p) => {
		const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		let text = walker.nextNode();
		while (text && !text.textContent!.includes('żołnierzy')) text = walker.nextNode();
		if (!text) throw new Error('no text node with the word');
		const at = text.textContent!.indexOf('żołnierzy');
		const range = document.createRange();
		range.setStart(text, at + 2);
		range.setEnd(text, at + 3);
		const r = range.getBoundingClientRect();
		return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
	});
	await page.mouse.click(box.x, box.y);
	const panel = page.getByRole('complementary', { name: 'Słowo' });
	await expect(panel).toContainText('żołnierzy');
	await expect(panel).toContainText('forma podstawowa: żołnierz');
	await expect(panel).toContainText('dopełniacz');
	await expect(panel).toContainText('soldier');
	await panel.getByRole('button', { name: 'Zamknij' }).click();
	await expect(panel).toBeHidden();

	await page.getByLabel('Sprawdź słowo').fill('granicy');
	await page.getByLabel('Sprawdź słowo').press('Enter');
	await expect(panel).toContainText('forma podstawowa: granica');
	await expect(panel).toContainText('border');
});
