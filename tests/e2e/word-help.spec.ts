import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { joinAsNewLearner, openSeedReading, waitForHydration } from './helpers';

test.skip(!existsSync('data/freedict/pol-eng.dict') || !existsSync('data/polimorf/pl.dict'), 'needs the dictionaries from npm install');

/** Taps the middle of a word in the first paragraph that holds `context`. */
async function tapWord(page: Page, context: string, word: string) {
	const paragraph = page.locator('.article-body p', { hasText: context }).first();
	await paragraph.scrollIntoViewIfNeeded();
	const box = await paragraph.evaluate(
		(p, [ctx, w]) => {
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			let text = walker.nextNode();
			while (text && !text.textContent!.includes(ctx)) text = walker.nextNode();
			if (!text) throw new Error('no text node with the word');
			const at = text.textContent!.indexOf(ctx) + ctx.indexOf(w);
			const range = document.createRange();
			range.setStart(text, at + 2);
			range.setEnd(text, at + 3);
			const r = range.getBoundingClientRect();
			return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
		},
		[context, word]
	);
	await page.mouse.click(box.x, box.y);
}

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
