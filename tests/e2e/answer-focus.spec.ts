import { expect, test } from '@playwright/test';
import { answerCard, joinAsNewLearner, markNoScript, openSeedReading, questionCard } from './helpers';

test('each answer button names its question, and the verdict takes the focus after answering', async ({ page }) => {
	await joinAsNewLearner(page);
	await openSeedReading(page);
	// Svelte drops the space at the start of an element, so the hidden part's space must sit outside it.
	const buttons = page.locator('article.q button');
	const texts = await buttons.evaluateAll((bs) => bs.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()));
	expect(texts.length).toBeGreaterThan(1);
	expect(texts).toEqual(texts.map((_, i) => `Sprawdź odpowiedź na pytanie ${i + 1}`));
	for (let i = 0; i < texts.length; i++) await expect(buttons.nth(i)).toHaveAccessibleName(texts[i]);

	const rada = questionCard(page, /^Kiedy powstała Rada NATO-Rosja\?$/);
	await answerCard(rada, { typed: 'w 2002 roku', wanted: /2002/ });
	await expect(rada.getByRole('status')).toContainText('Dobrze');
	await expect(rada.locator('.verdict')).toBeFocused();
	const n = await rada.locator('.num').textContent();
	await expect(rada.getByRole('link', { name: `Pokaż w tekście (${n!.toLowerCase()})` })).toBeVisible();
});

test('without JavaScript the page after an answer opens at its verdict', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	markNoScript(page);
	await joinAsNewLearner(page);
	await openSeedReading(page);
	await answerCard(questionCard(page, /^Kiedy powstała Rada NATO-Rosja\?$/), { typed: 'w 2002 roku', wanted: /2002/ });
	await expect(page).toHaveURL(/#q-[\w-]+-outcome$/);
	await expect(page.locator(':target')).toContainText('Dobrze');
	await expect(page.locator(':target')).toBeInViewport();
	await context.close();
});
