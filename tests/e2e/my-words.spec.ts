import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { answerAllOpen, gotoReady, joinAsNewLearner, openSeedReading, tapWord, waitForHydration } from './helpers';
import { post, school } from './lifecycle-helpers';

test.skip(!existsSync('data/freedict/pol-eng.dict') || !existsSync('data/polimorf/pl.dict'), 'needs the dictionaries from npm install');

/** The words the text highlights now, by kind, as the CSS Custom Highlight API holds them. */
function highlighted(page: Page) {
	return page.evaluate(() =>
		Object.fromEntries(
			['word-unknown', 'word-learning'].map((name) => [name, [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString())])
		)
	);
}

/** The reading list's "Nowe słowa: P% (U z T)" for the seed reading. */
async function newWords(page: Page) {
	await gotoReady(page, '/learn');
	const text = await page.locator('li.card', { hasText: 'Stoltenberg' }).locator('.new-words').textContent();
	const m = /Nowe słowa: (\d+)% \((\d+) z (\d+)\)/.exec(text ?? '');
	expect(m, text ?? '').toBeTruthy();
	return { percent: Number(m![1]), unknown: Number(m![2]), total: Number(m![3]) };
}

async function saveSoldier(page: Page) {
	const panel = page.getByRole('complementary', { name: 'Słowo' });
	await tapWord(page, '122 tysiące żołnierzy', 'żołnierzy');
	await expect(panel).toContainText('forma podstawowa: żołnierz');
	await panel.getByRole('button', { name: 'Zapisz w Moich słowach: żołnierz' }).click();
	await expect(panel.getByRole('status')).toContainText('W Moich słowach (nowe)');
}

test('a saved word is in My words with its sentence and meaning, and in the review as two cards', async ({ page, browser }) => {
	test.setTimeout(90_000);
	await joinAsNewLearner(page);
	await openSeedReading(page);
	await waitForHydration(page);
	await saveSoldier(page);

	await gotoReady(page, '/learn/slowa');
	const word = page.locator('li.word', { has: page.getByRole('heading', { name: 'żołnierz' }) });
	await expect(word).toContainText('soldier');
	await expect(word.locator('.sentence mark')).toHaveText('żołnierzy');
	await expect(word.locator('.sentence')).toContainText('122 tysiące żołnierzy rosyjskich');
	await expect(word).toContainText('Z czytanki: Stoltenberg');
	await expect(word.locator('.badge')).toHaveText('nowe');
	// The menu counts both cards of the word as due.
	await expect(page.getByRole('link', { name: /^Powtórki 2 do powtórzenia/ })).toBeVisible();

	// Another learner cannot change or delete it: the id is not found for them.
	const wordId = await word.locator('input[name="wordId"]').first().inputValue();
	const other = await browser.newPage();
	await joinAsNewLearner(other);
	const baseURL = new URL(page.url()).origin;
	expect((await post(other.request, baseURL, '/learn/slowa?/delete', { wordId, status: '' })).status()).toBe(404);
	expect((await post(other.request, baseURL, '/learn/slowa?/status', { wordId, status: 'known' })).status()).toBe(404);
	await other.close();

	await page.getByRole('link', { name: /^Powtórki/ }).click();
	await expect(page).toHaveURL(/\/learn\/review$/);
	await expect(page.getByText('Do powtórzenia teraz: 2 słowa')).toBeVisible();
	await waitForHydration(page);
	// Whichever card comes first, each is answered right.
	for (let i = 0; i < 2; i++) {
		const card = page.locator('article.q');
		if (await card.getByText('Co to znaczy?').isVisible()) {
			await expect(card.getByRole('heading', { name: 'żołnierz' })).toBeVisible();
			await card.getByText('Pokaż znaczenie').click();
			await expect(card).toContainText('soldier');
			await card.getByRole('button', { name: 'Tak, pamiętałem(-am)' }).click();
		} else {
			await expect(card.getByRole('heading')).toContainText('122 tysiące _____ rosyjskich');
			await card.getByLabel('Brakujące słowo w tej formie, jak w zdaniu').fill('żołnierzy');
			await card.getByRole('button', { name: 'Sprawdź' }).click();
		}
		await expect(page.getByRole('status').first()).toContainText('Dobrze');
	}
	await expect(page.getByText('Wszystko powtórzone!')).toBeVisible();

	await gotoReady(page, '/learn/slowa');
	await expect(word.locator('.badge')).toHaveText('uczę się');
	await word.getByRole('button', { name: 'znam: żołnierz' }).click();
	await expect(word.locator('.badge')).toHaveText('znam');
	await gotoReady(page, '/learn/slowa?status=known');
	await expect(word).toBeVisible();
	await word.getByRole('button', { name: 'Usuń słowo żołnierz' }).click();
	await expect(page.getByRole('status')).toContainText('Usunięto słowo „żołnierz”');
	await expect(word).toHaveCount(0);
});

test('the share of new words falls after "I know the rest", and the highlights follow', async ({ page }) => {
	test.setTimeout(120_000);
	await joinAsNewLearner(page);
	const before = await newWords(page);
	expect(before.total).toBeGreaterThan(50);
	expect(before).toMatchObject({ percent: 100, unknown: before.total });

	await openSeedReading(page);
	await waitForHydration(page);
	await saveSoldier(page);
	await page.getByRole('button', { name: 'Podświetl słowa, których nie znam' }).click();
	await expect(page.getByText(`Nowe słowa w tym tekście: 100% (${before.total} z ${before.total})`)).toBeVisible();
	let marks = await highlighted(page);
	expect(marks['word-learning']).toEqual(['żołnierzy']);
	expect(marks['word-unknown']).toEqual(expect.arrayContaining(['Sekretarz', 'generalny', 'sojusz', 'granicy']));
	// Names are not words to learn.
	expect(marks['word-unknown']).not.toContain('Stoltenberg');

	await answerAllOpen(page);
	const score = page.locator('.score');
	await expect(score).toContainText(`W tym tekście jest ${before.total - 1} słów, których nie masz w Moich słowach.`);
	await score.getByRole('button', { name: 'Tak, znam je — oznacz jako znane' }).click();
	const after = Math.round((100 * 1) / before.total);
	await expect(score).toContainText(`Oznaczono jako znane: ${before.total - 1} słów. Nowe słowa w tym tekście: ${after}%.`);
	await expect(page.getByText(`Nowe słowa w tym tekście: ${after}% (1 z ${before.total})`)).toBeVisible();
	marks = await highlighted(page);
	expect(marks).toEqual({ 'word-unknown': [], 'word-learning': ['żołnierzy'] });

	expect(await newWords(page)).toEqual({ percent: after, unknown: 1, total: before.total });
});

test('the teacher edits the key words of an article, and the learner sees them before reading', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const s = await school(page, []);
	await gotoReady(page, `/teach/articles/${s.articleId}`);
	const section = page.locator('section#slowa');
	await expect(section.getByRole('heading', { name: 'Najważniejsze słowa' })).toBeVisible();
	await expect(section).toContainText('To propozycja Czytanki');
	const field = section.getByLabel(/Słowa, po jednym w wierszu/);
	// The generator proposes the bridge text's own words, each with a meaning.
	await expect(field).toHaveValue(/most — bridge/);
	await field.fill('most — bridge\nprzeprawa — crossing\nskrócić — to shorten');
	await section.getByRole('button', { name: 'Zapisz słowa' }).click();
	await expect(section.getByRole('status')).toHaveText('Zapisano listę słów.');
	await page.reload();
	await expect(section).toContainText('To Twoja lista.');
	await expect(section.getByLabel(/Słowa, po jednym w wierszu/)).toHaveValue('most — bridge\nprzeprawa — crossing\nskrócić — to shorten');

	const learner = await browser.newPage();
	await joinAsNewLearner(learner, s.code);
	await learner.getByRole('link', { name: s.title }).click();
	const box = learner.locator('details.key-words');
	await expect(box.locator('summary')).toHaveText('Najważniejsze słowa (3)');
	await expect(box.locator('dt')).toHaveText(['most', 'przeprawa', 'skrócić']);
	await expect(box.locator('dd')).toHaveText(['bridge', 'crossing', 'to shorten']);
	await learner.close();

	// Another teacher cannot change them.
	const other = await browser.newPage();
	await school(other, []);
	const baseURL = new URL(page.url()).origin;
	expect((await post(other.request, baseURL, `/teach/articles/${s.articleId}?/keywords`, { words: 'x — y' })).status()).toBe(404);
	await other.close();

	await section.getByRole('button', { name: 'Wróć do propozycji Czytanki' }).click();
	await expect(section).toContainText('To propozycja Czytanki');
});
