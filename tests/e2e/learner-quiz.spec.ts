import { expect, test } from '@playwright/test';
import { answerAllOpen, answerCard, login, openSeedReading, questionCard } from './helpers';

test('demo learner reads the seed article, answers, sees verdicts, score and saved answers after reload', async ({ page }) => {
	await login(page, 'demo-uczen');
	await openSeedReading(page);

	const body = page.locator('.article-body');
	await expect(body).toContainText('Rada powstała w 2002 roku');
	await expect(body).not.toContainText('REKLAMA');
	await expect(body).not.toContainText('pic.twitter.com');
	await expect(body).not.toContainText('NATOJanuary');
	await expect(page.getByRole('heading', { level: 2, name: 'Rosyjskie wojska przy granicy z Ukrainą' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sprawdź się' })).toBeVisible();

	const rada = questionCard(page, /^Kiedy powstała Rada NATO-Rosja\?$/);
	await rada.getByRole('textbox').fill('w 2002 roku');
	await rada.getByRole('button', { name: 'Sprawdź' }).click();
	await expect(rada.getByRole('status')).toContainText('Dobrze');
	await expect(rada).toContainText('Rada powstała w 2002 roku');
	await expect(body.locator('mark', { hasText: 'Rada powstała w 2002 roku' })).toBeVisible();

	const soldiers = questionCard(page, /^Ilu żołnierzy/);
	await answerCard(soldiers, { typed: '100 tysięcy', wanted: /^122 tysiące$/, wrong: true });
	const wrongGiven = (await soldiers.locator('.given').textContent())!;
	expect(wrongGiven).not.toMatch(/122/);
	await expect(soldiers.getByRole('status')).toContainText('Źle');
	await expect(soldiers.locator('.expected')).toHaveText(/122 tysiące/);
	await expect(body.locator('mark', { hasText: '122 tysiące żołnierzy' })).toBeVisible();
	await expect(page.locator('.progress')).toContainText('Odpowiedzi: 2 z');
	await expect(page.locator('.progress')).toContainText('dobrze: 1');

	// Answer the rest in whatever form each question takes, then compare the score with the verdicts shown.
	await answerAllOpen(page);
	const total = await page.locator('article.q').count();
	const right = await page.locator('article.q .verdict.ok').count();
	expect(right).toBeGreaterThanOrEqual(1);
	await expect(page.getByRole('heading', { name: `Twój wynik: ${right} z ${total}` })).toBeVisible();

	await page.reload();
	await expect(questionCard(page, /^Kiedy powstała Rada NATO-Rosja\?$/).locator('.given')).toHaveText('w 2002 roku');
	await expect(questionCard(page, /^Ilu żołnierzy/).locator('.given')).toHaveText(wrongGiven);
	await expect(page.locator('article.q form')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: `Twój wynik: ${right} z ${total}` })).toBeVisible();

	await page.goto('/learn');
	await expect(page.locator('li.card')).toContainText('Gotowe');
	await expect(page.locator('li.card')).toContainText(`Wynik: ${right} z ${total}`);
});
