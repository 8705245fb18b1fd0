import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerCard, gotoReady, joinAsNamedLearner, login, questionCard } from './helpers';

/** Answers an open card in whatever form it takes (the seed reading's questions vary). */
async function answerAny(card: Locator) {
	const selects = card.locator('select');
	const n = await selects.count();
	if (n > 0) for (let i = 0; i < n; i++) await selects.nth(i).selectOption(String(i + 1));
	else if ((await card.getByRole('radio').count()) > 0) await card.getByRole('radio').first().check();
	else await card.getByRole('textbox').fill('nie wiem');
	await card.getByRole('button', { name: 'Sprawdź' }).click();
}

const waitingInBrowser = (page: Page) =>
	page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('czytanka:czeka:')).length);

test('an answer given offline waits in the browser, is sent when the connection returns, and is stored once', async ({
	browser,
	page,
	context
}) => {
	test.setTimeout(60_000);
	const name = `Ola Offline ${Date.now().toString(36)}`;
	await joinAsNamedLearner(page, 'DEMO2022', name);
	await page.getByRole('link', { name: /Stoltenberg/ }).click();
	const progress = page.locator('.progress');
	await expect(progress).toContainText('Odpowiedzi: 0 z');
	const total = Number((await progress.textContent())!.match(/z (\d+)/)![1]);

	await context.setOffline(true);
	const soldiers = questionCard(page, /^Ilu żołnierzy/);
	await answerCard(soldiers, { typed: '122 tysiące', wanted: /^122 tysiące$/ });
	const waiting = soldiers.locator('.waiting');
	await expect(waiting).toContainText('Czeka na wysłanie');
	await expect(waiting).toContainText('122 tysiące');
	await expect(waiting).toBeFocused();
	await expect(progress).toContainText('Odpowiedzi: 0 z');
	await expect(progress).toContainText('czeka na wysłanie: 1');
	expect(await waitingInBrowser(page)).toBe(1);
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);

	// Back online: sent at once, and the verdict on the card is the server's, in place of the waiting note.
	await context.setOffline(false);
	await expect(soldiers.getByRole('status')).toContainText('Dobrze');
	await expect(soldiers.locator('.verdict')).toBeFocused();
	await expect(progress).toHaveText(/Odpowiedzi: 1 z \d+, dobrze: 1$/);
	expect(await waitingInBrowser(page)).toBe(0);

	// The post reaches the server but its reply is lost: the answer waits, and sending it again stores nothing twice.
	const open = page.locator('article.q:has(form)').first();
	const openId = await open.getAttribute('id');
	await page.route(
		(url) => url.search === '?/answer',
		async (route) => {
			await route.fetch();
			await route.abort('connectionreset');
		},
		{ times: 1 }
	);
	await answerAny(open);
	await expect(page.locator(`#${openId} .waiting`)).toContainText('Czeka na wysłanie');
	await page.reload();
	await expect(page.locator(`#${openId}`).getByRole('status')).toBeVisible();
	await expect(progress).toContainText('Odpowiedzi: 2 z');
	await expect.poll(() => waitingInBrowser(page)).toBe(0);
	await page.reload();
	await expect(progress).toContainText(`Odpowiedzi: 2 z ${total}`);
	await expect(page.locator('.verdict')).toHaveCount(2);

	const teacher = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'pl-PL' });
	const tpage = await teacher.newPage();
	await login(tpage, 'demo-nauczyciel');
	await gotoReady(tpage, '/teach/reports');
	await tpage.locator('main a[href^="/teach/reports/class/"]').first().click();
	const row = tpage.getByRole('row').filter({ has: tpage.getByRole('rowheader', { name }) });
	await expect(row).toContainText(`2 z ${total} odp.`);
	await teacher.close();
});

test('a waiting answer is still there after a reload, and a later retry sends it without the online event', async ({ page }) => {
	test.setTimeout(60_000);
	await joinAsNamedLearner(page, 'DEMO2022', `Kuba Offline ${Date.now().toString(36)}`);
	await page.getByRole('link', { name: /Stoltenberg/ }).click();
	// The Wi-Fi is up but the posts go nowhere: the browser still thinks it is online.
	const blocked = (url: URL) => url.search === '?/answer';
	await page.route(blocked, (route) => route.abort('connectionrefused'));
	const rada = questionCard(page, /^Kiedy powstała Rada NATO-Rosja\?$/);
	await answerCard(rada, { typed: 'w 2002 roku', wanted: /2002/ });
	await expect(rada.locator('.waiting')).toContainText('w 2002 roku');

	await page.reload();
	await expect(rada.locator('.waiting')).toContainText('Czeka na wysłanie');
	await expect(page.locator('.progress')).toContainText('czeka na wysłanie: 1');
	await page.unroute(blocked);
	await expect(rada.getByRole('status')).toContainText('Dobrze', { timeout: 20_000 });
	await expect(page.locator('.progress')).toContainText('Odpowiedzi: 1 z');
	await expect(page.locator('.progress')).not.toContainText('czeka');
});
