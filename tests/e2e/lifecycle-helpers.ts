import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { answerAllOpen, createClassAs, gotoReady, registerNewTeacher, waitForHydration } from './helpers';

export const TEXT = `W piątek 12 maja 2023 roku w Toruniu otwarto nowy most na Wiśle. Budowa trwała trzy lata i kosztowała 120 milionów złotych.

Most ma 540 metrów długości. Jak powiedział prezydent miasta Michał Zaleski, przeprawa skróci dojazd do centrum o 15 minut.`;

export interface Login {
	name: string;
	username: string;
	password: string;
}

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Learner accounts through the class page's batch form; returns the logins the cards show. */
export async function addLearners(page: Page, names: string[]): Promise<Login[]> {
	await page.getByLabel('Imiona i nazwiska, każde w osobnym wierszu').fill(names.join('\n'));
	await page.getByRole('button', { name: 'Załóż konta', exact: true }).click();
	const repeated = page.getByTestId('repeated-names');
	const cards = page.locator('.fresh-logins .login-card');
	await expect(repeated.or(cards.first())).toBeVisible();
	if (await repeated.isVisible()) await page.getByRole('button', { name: 'Załóż konta z numerami przy imionach' }).click();
	await expect(cards).toHaveCount(names.length);
	const logins: Login[] = [];
	for (const card of await cards.all()) {
		const [username, password] = (await card.locator('dd.mono').allTextContents()).map((s) => s.trim());
		logins.push({ name: (await card.locator('.name').textContent())!.trim(), username, password });
	}
	return logins;
}

export async function addArticle(page: Page, title: string) {
	await gotoReady(page, '/teach/articles/new');
	await page.getByLabel('Tytuł').fill(title);
	await page.getByLabel('Tekst artykułu').fill(TEXT);
	await page.getByRole('button', { name: 'Zapisz tekst i utwórz pytania' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.getByRole('button', { name: 'Zatwierdź wszystkie pytania' }).click();
	await expect(page.getByText('zatwierdzone: 0')).toHaveCount(0);
	return new URL(page.url()).pathname.split('/').pop()!;
}

export async function assign(page: Page, articleId: string, className: string) {
	await gotoReady(page, `/teach/assignments/new?tekst=${articleId}`);
	await page.getByLabel(className).check();
	await page.getByRole('button', { name: 'Zadaj' }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[0-9a-f-]+/);
	return new URL(page.url()).pathname.split('/').pop()!;
}

/** A new teacher with a class of the given learners, an article and an assignment of it. */
export async function school(page: Page, names: string[] = ['Ala Kowalska']) {
	await registerNewTeacher(page);
	const title = `Most ${stamp()}`;
	const className = `Klasa ${stamp()}`;
	const cls = await createClassAs(page, className);
	const logins = names.length ? await addLearners(page, names) : [];
	const articleId = await addArticle(page, title);
	const assignmentId = await assign(page, articleId, className);
	return { title, className, classId: cls.id, code: cls.code, logins, articleId, assignmentId };
}

/** A form post as the page's signed-in user, from the app's own origin (as a browser form without JavaScript). */
export function post(request: APIRequestContext, baseURL: string, path: string, form: Record<string, string> = {}) {
	return request.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0 });
}

/** As a signed-in learner: opens the reading from the list and answers every question. */
export async function answerReading(child: Page, title: string) {
	await gotoReady(child, '/learn');
	await child.getByRole('link', { name: title }).click();
	await expect(child.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(child.locator('article.q').first()).toBeVisible();
	await waitForHydration(child);
	await answerAllOpen(child);
}
