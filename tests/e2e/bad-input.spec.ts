import { expect, test } from '@playwright/test';
import { answerCard, joinAsNewLearner, markNoScript, openSeedReading, questionCard } from './helpers';

test('empty, too long, double and foreign answers get clear messages and change nothing saved', async ({ page, baseURL }) => {
	await joinAsNewLearner(page);
	await openSeedReading(page);
	const url = page.url();
	const card = questionCard(page, /^Kiedy powstała Rada NATO-Rosja\?$/);
	const questionId = await card.locator('input[name=questionId]').inputValue();
	const post = (form: Record<string, string>) =>
		page.request.post(`${url}?/answer`, { form, headers: { origin: baseURL!, 'x-sveltekit-action': 'true' } });

	const empty = await post({ questionId, answer: '   ' });
	expect(await empty.text()).toContain('Wpisz odpowiedź');
	const long = await post({ questionId, answer: 'x'.repeat(501) });
	expect(await long.text()).toContain('za długa');
	const foreign = await post({ questionId: 'not-a-question-of-this-reading', answer: '2002' });
	expect(await foreign.text()).toContain('Nie ma takiego pytania');

	// The same answer sent twice (double click, retry) is stored once; a later different answer does not replace it.
	await post({ questionId, answer: '2002' });
	await post({ questionId, answer: '2002' });
	await post({ questionId, answer: '1999' });
	await page.reload();
	await expect(card.locator('.given')).toHaveText('2002');
	await expect(card.getByRole('status')).toContainText('Dobrze');
	await expect(page.locator('.progress')).toContainText('Odpowiedzi: 1 z');

	const missing = await page.goto('/learn/00000000-0000-0000-0000-000000000000');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Nie znaleziono');
});

test('the answer form works without JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	markNoScript(page);
	await joinAsNewLearner(page);
	await openSeedReading(page);
	// An open question answered in other words than the text's: "od 2016 do 2019" for "2016-2019".
	const years = questionCard(page, /^W jakich latach odbyło się kilka spotkań\?$/);
	await years.getByRole('textbox').fill('od 2016 do 2019');
	await years.getByRole('button', { name: 'Sprawdź' }).click();
	await expect(questionCard(page, /^W jakich latach/).getByRole('status')).toContainText('Dobrze');
	const soldiers = questionCard(page, /^Ilu żołnierzy/);
	await answerCard(soldiers, { typed: 'sto dwadzieścia dwa tysiące', wanted: /^122 tysiące$/ });
	await expect(questionCard(page, /^Ilu żołnierzy/).getByRole('status')).toContainText('Dobrze');
	await context.close();
});
