import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerCard, gotoReady, joinAsNewLearner, login, openSeedReading, questionCard, tapWord } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// A scan takes a second or more per page on a busy machine: the tests get time by the page, not the default 30 s.
const PER_PAGE_MS = 8_000;

/** Soft, so that one run lists every page's findings, each with the elements that fail and why. */
async function expectAccessible(page: Page, what: string) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const found = violations.map(
		(v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n')
	);
	expect.soft(found, `${what} (${page.url()})`).toEqual([]);
}

async function visit(page: Page, url: string, what = url) {
	await gotoReady(page, url);
	await expectAccessible(page, what);
}

/** The href of the first link that matches, to visit pages whose ids the test does not know. */
async function hrefOf(page: Page, selector: string) {
	const href = await page.locator(selector).first().getAttribute('href');
	expect(href, selector).toBeTruthy();
	return href!.replace(/[?#].*$/, '');
}

test('signed-out pages and the error page have no axe violations', async ({ page }) => {
	test.setTimeout(4 * PER_PAGE_MS + 30_000);
	await visit(page, '/login');
	await visit(page, '/join');
	await visit(page, '/register');
	const notFound = await page.goto('/nie-ma-takiej-strony');
	expect(notFound?.status()).toBe(404);
	await expectAccessible(page, 'error page');
});

test('learner pages have no axe violations, before and after an answer', async ({ page }) => {
	test.setTimeout(7 * PER_PAGE_MS + 30_000);
	await joinAsNewLearner(page);
	await visit(page, '/learn');
	const reading = await hrefOf(page, 'li.card a');
	await visit(page, reading, 'reading page');
	const rada = questionCard(page, /^Kiedy powstała Rada NATO-Rosja\?$/);
	await answerCard(rada, { typed: 'w 2002 roku', wanted: /2002/ });
	await expect(rada.getByRole('status')).toContainText('Dobrze');
	await expectAccessible(page, 'reading page after an answer');
	await visit(page, '/learn/progress');
	await visit(page, '/learn/review');
	await visit(page, '/account');
	const notFound = await page.goto('/learn/nie-ma-takiej-czytanki');
	expect(notFound?.status()).toBe(404);
	await expectAccessible(page, 'error page, signed in');
});

test('word pages have no axe violations: the panel with its save button, highlights, My words, a word card', async ({ page }) => {
	test.setTimeout(6 * PER_PAGE_MS + 30_000);
	await joinAsNewLearner(page);
	await openSeedReading(page);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const panel = page.getByRole('complementary', { name: 'Słowo' });
	await tapWord(page, '122 tysiące żołnierzy', 'żołnierzy');
	await expect(panel.getByRole('button', { name: 'Zapisz w Moich słowach: żołnierz' })).toBeVisible();
	await expectAccessible(page, 'reading page, word panel open');
	await panel.getByRole('button', { name: 'Zapisz w Moich słowach: żołnierz' }).click();
	await expect(panel.getByRole('status')).toContainText('W Moich słowach');
	await page.getByRole('button', { name: 'Podświetl słowa, których nie znam' }).click();
	await expect(page.getByText(/Nowe słowa w tym tekście/)).toBeVisible();
	await expectAccessible(page, 'reading page, word saved, highlights on');
	await visit(page, '/learn/slowa', 'My words');
	await visit(page, '/learn/review', 'review, the gap card of a word');
	await page.getByLabel('Brakujące słowo w tej formie, jak w zdaniu').fill('żołnierz');
	await page.getByRole('button', { name: 'Sprawdź' }).click();
	await expect(page.getByRole('status').first()).toContainText('Źle');
	await page.locator('article.q summary').click();
	await expectAccessible(page, 'review, a verdict and the meaning card shown');
});

test('teacher pages have no axe violations', async ({ page }) => {
	test.setTimeout(19 * PER_PAGE_MS + 30_000);
	await login(page, 'demo-nauczyciel');
	await visit(page, '/teach');
	await visit(page, '/teach/classes');
	const klass = await hrefOf(page, 'main h3 a[href^="/teach/classes/"]');
	await visit(page, klass, 'class page');
	await visit(page, `${klass}/cards`, 'login cards');
	await visit(page, '/teach/articles');
	const article = await hrefOf(page, 'main a[href^="/teach/articles/"]:not([href$="/new"])');
	await visit(page, article, 'article review');
	await visit(page, `${article}/edit`, 'article edit');
	await visit(page, '/teach/articles/new');
	await visit(page, '/teach/assignments');
	await visit(page, await hrefOf(page, 'main a[href^="/teach/assignments/"]:not([href$="/new"])'), 'assignment page');
	await visit(page, '/teach/assignments/new');
	await visit(page, '/teach/reports');
	const classReport = await hrefOf(page, 'main a[href^="/teach/reports/class/"]');
	await visit(page, await hrefOf(page, 'main a[href^="/teach/reports/assignment/"]'), 'assignment report');
	await visit(page, classReport, 'class report');
	await visit(page, await hrefOf(page, 'main a[href^="/teach/reports/learner/"]'), 'learner report');
	await visit(page, '/account', 'teacher account');
});

test('self-study pages have no axe violations', async ({ page }) => {
	test.setTimeout(12 * PER_PAGE_MS + 60_000);
	await visit(page, '/', 'home page for a new visitor');
	await visit(page, '/ucz-sie', 'self-study sign-up');
	await page.getByLabel('Nazwa użytkownika').fill(`axe-sam-${Date.now().toString(36)}`);
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill('kasztan-rower-parasol-1');
	await page.getByLabel('Powtórz hasło').fill('kasztan-rower-parasol-1');
	await page.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(page).toHaveURL(/\/learn\/poziom$/);
	await expectAccessible(page, 'placement');
	await visit(page, '/learn', 'reading list with the self-study links');
	await visit(page, '/learn/biblioteka?poziom=A2', 'library, filtered');
	await visit(page, await hrefOf(page, 'main li.card h2 a'), 'library text');
	await visit(page, '/learn/nastepny', 'next reading');
	await visit(page, '/learn/wlasny-tekst', 'own text');
	await page.getByLabel('Tekst po polsku').fill('Ala ma kota.');
	await page.getByRole('button', { name: 'Ułóż pytania' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page, 'own text with an error');
	await visit(page, '/learn/progress', 'progress with level and weekly goal');
});
