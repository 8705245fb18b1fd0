import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'czytanka-demo';

/** Opens a page and waits until it is interactive: text typed before hydration could be reset by it. */
export async function gotoReady(page: Page, url: string) {
	await page.goto(url);
	await waitForHydration(page);
}

const withoutScripts = new WeakSet<Page>();

/** A page in a context with JavaScript off: there is no hydration to wait for. */
export function markNoScript(page: Page) {
	withoutScripts.add(page);
}

/** The root layout marks <html data-hydrated> once the page's scripts have taken over. */
export async function waitForHydration(page: Page) {
	if (withoutScripts.has(page)) return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
	await gotoReady(page, '/login');
	await page.getByLabel('Nazwa użytkownika lub e-mail').fill(username);
	await page.getByLabel('Hasło').fill(password);
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** The demo learner's only reading: the seed article. */
export async function openSeedReading(page: Page) {
	await page.goto('/learn');
	await page.getByRole('link', { name: /Stoltenberg/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Stoltenberg');
}

export function questionCard(page: Page, prompt: RegExp) {
	return page.locator('article.q').filter({ has: page.getByRole('heading', { name: prompt }) });
}

/**
 * Answers a question in whatever form the generator gave it: picks the option that matches `wanted`
 * (or, with `wrong`, one that does not), or types `typed` into an open question.
 */
export async function answerCard(card: Locator, opts: { typed: string; wanted: RegExp; wrong?: boolean }) {
	const radios = card.getByRole('radio');
	if ((await radios.count()) > 0) {
		const labels = await card.locator('label.choice').allTextContents();
		const i = labels.findIndex((l) => opts.wanted.test(l.trim()) !== !!opts.wrong);
		expect(i, `option for ${opts.wanted} in ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
		await radios.nth(i).check();
	} else await card.getByRole('textbox').fill(opts.typed);
	await card.getByRole('button', { name: 'Sprawdź' }).click();
}

let counter = 0;
/** A new learner who joins the demo class with its code: each test gets its own answers. */
export async function joinAsNewLearner(page: Page, code = 'DEMO2022') {
	const username = `uczen-${Date.now().toString(36)}-${counter++}`;
	await gotoReady(page, `/join?kod=${code}`);
	await page.getByLabel('Imię').fill('Ola Testowa');
	await page.getByLabel('Nazwa użytkownika').fill(username);
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill('bardzo-tajne-1');
	await page.getByLabel('Powtórz hasło').fill('bardzo-tajne-1');
	await page.getByRole('button', { name: 'Dołącz' }).click();
	await expect(page).toHaveURL(/\/learn$/);
	return username;
}

let teacherCounter = 0;
/** Strong enough for zxcvbn, and sharing no word with the e-mails below ("nauczyciel-…"). */
export const TEACHER_PASSWORD = 'kasztan-rower-parasol-1';
/**
 * A new teacher through /register, then signed in: sign-up itself signs no one in and answers the same for a
 * new and a registered e-mail. Each test owns its classes.
 */
export async function registerNewTeacher(
	page: Page,
	displayName = 'Anna Testowa',
	email = `nauczyciel-${Date.now().toString(36)}-${teacherCounter++}@example.pl`
) {
	await gotoReady(page, '/register');
	await page.getByLabel('Imię i nazwisko').fill(displayName);
	await page.getByLabel('Adres e-mail').fill(email);
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill(TEACHER_PASSWORD);
	await page.getByLabel('Powtórz hasło').fill(TEACHER_PASSWORD);
	await page.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(page.getByRole('heading', { name: 'Dalsze kroki' })).toBeVisible();
	await login(page, email, TEACHER_PASSWORD);
	await expect(page).toHaveURL(/\/teach$/);
	return email;
}

/** Creates a class as the signed-in teacher; returns its id and join code. */
export async function createClassAs(page: Page, name: string) {
	await gotoReady(page, '/teach/classes');
	await page.getByLabel('Nazwa klasy').fill(name);
	await page.getByRole('button', { name: 'Utwórz klasę' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const code = (await page.getByTestId('class-code').textContent())!.trim();
	return { id, code };
}

let namedCounter = 0;
/** Like joinAsNewLearner, with a chosen display name (reports list learners by name). */
export async function joinAsNamedLearner(page: Page, code: string, name: string) {
	const username = `uczen-${Date.now().toString(36)}-n${namedCounter++}`;
	await gotoReady(page, `/join?kod=${code}`);
	await page.getByLabel('Imię').fill(name);
	await page.getByLabel('Nazwa użytkownika').fill(username);
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill('bardzo-tajne-1');
	await page.getByLabel('Powtórz hasło').fill('bardzo-tajne-1');
	await expect(page.getByLabel('Imię')).toHaveValue(name);
	await page.getByRole('button', { name: 'Dołącz' }).click();
	await expect(page).toHaveURL(/\/learn$/);
	return username;
}

/** Answers every open question on a learner's reading page, whatever its form. */
export async function answerAllOpen(page: Page) {
	const open = page.locator('article.q:has(form)');
	while ((await open.count()) > 0) {
		const card = open.first();
		const id = await card.getAttribute('id');
		const selects = card.locator('select');
		const n = await selects.count();
		if (n > 0) for (let i = 0; i < n; i++) await selects.nth(i).selectOption(String(i + 1));
		else if ((await card.getByRole('radio').count()) > 0) await card.getByRole('radio').first().check();
		else await card.getByRole('textbox').fill('nie wiem');
		await card.getByRole('button', { name: 'Sprawdź' }).click();
		await expect(page.locator(`#${id}`).getByRole('status')).toBeVisible();
	}
}

/** Taps the middle of a word in the first paragraph that holds `context`. */
export async function tapWord(page: Page, context: string, word: string) {
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
