import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createClassAs, joinAsNamedLearner, registerNewTeacher, gotoReady } from './helpers';

// Two teachers, their classes and many pages: several minutes on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

const TEXT = `W piątek 12 maja 2023 roku w Toruniu otwarto nowy most na Wiśle. Budowa trwała trzy lata i kosztowała 120 milionów złotych.

Most ma 540 metrów długości. Jak powiedział prezydent miasta Michał Zaleski, przeprawa skróci dojazd do centrum o 15 minut.`;

interface Owned {
	articleId: string;
	questionId: string;
	assignmentId: string;
	classId: string;
}

/** A teacher with a class, an article and an assignment, all made through the pages. */
async function teacherWithAssignment(page: Page, title: string): Promise<Owned> {
	await registerNewTeacher(page);
	const klass = await createClassAs(page, `Klasa ${title}`);
	await gotoReady(page, '/teach/articles/new');
	await page.getByLabel('Tytuł').fill(title);
	await page.getByLabel('Tekst artykułu').fill(TEXT);
	await page.getByRole('button', { name: 'Zapisz tekst i utwórz pytania' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const articleId = new URL(page.url()).pathname.split('/').pop()!;
	const questionId = await page.locator('article.rq input[name=questionId]').first().inputValue();
	await page.getByRole('button', { name: 'Zatwierdź wszystkie pytania' }).click();
	await expect(page.getByText('zatwierdzone: 0')).toHaveCount(0);
	await gotoReady(page, `/teach/assignments/new?tekst=${articleId}`);
	await page.getByLabel(`Klasa ${title}`).check();
	await page.getByRole('button', { name: 'Zadaj' }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[0-9a-f-]+/);
	const assignmentId = new URL(page.url()).pathname.split('/').pop()!;
	return { articleId, questionId, assignmentId, classId: klass.id };
}

/** A form post as the page's signed-in user, from the app's own origin (as a browser form would). */
function post(request: APIRequestContext, url: string, form: Record<string, string>) {
	return request.post(url, {
		form,
		headers: { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

test("a teacher can neither see nor change another teacher's articles, questions and assignments", async ({ page, browser }) => {
	const a = await teacherWithAssignment(page, `Tekst A ${Date.now().toString(36)}`);
	const reviewA = `/teach/articles/${a.articleId}`;
	const promptA = await page.goto(reviewA).then(() => page.locator('article.rq h3').first().textContent());

	const ctxB = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'pl-PL' });
	const b = await ctxB.newPage();
	const own = await teacherWithAssignment(b, `Tekst B ${Date.now().toString(36)}`);

	for (const url of [reviewA, `${reviewA}/edit`, `/teach/assignments/${a.assignmentId}`, `/teach/assignments/new?tekst=${a.articleId}`]) {
		const res = await b.goto(url);
		expect(res?.status(), url).toBe(404);
	}
	await b.goto('/teach/articles');
	await expect(b.getByText('Tekst A')).toHaveCount(0);
	await b.goto('/teach/assignments');
	await expect(b.getByText('Tekst A')).toHaveCount(0);

	const q = { questionId: a.questionId };
	const question = { ...q, prompt: 'Przejęte?', answer: 'tak', accept: '', options: '', skill: 'detail', type: 'wh' };
	const attempts: [string, Record<string, string>][] = [
		[`${reviewA}?/approve`, { ...q, approved: 'false' }],
		[`${reviewA}?/archive`, q],
		[`${reviewA}?/move`, { ...q, direction: 'down' }],
		[`${reviewA}?/edit`, question],
		[`${reviewA}?/add`, question],
		[`${reviewA}?/approveAll`, {}],
		[`${reviewA}/edit?/save`, { title: 'Przejęty tytuł', text: TEXT, source: '', publishedOn: '' }],
		// Someone else's question on one's own article page.
		[`/teach/articles/${own.articleId}?/edit`, question],
		[`/teach/articles/${own.articleId}?/archive`, q],
		// Assigning: a foreign article, a foreign class, a foreign question.
		['/teach/assignments/new', { articleId: a.articleId, classId: own.classId, questionId: a.questionId }],
		['/teach/assignments/new', { articleId: own.articleId, classId: a.classId, questionId: own.questionId }],
		['/teach/assignments/new', { articleId: own.articleId, classId: own.classId, questionId: a.questionId }]
	];
	for (const [url, form] of attempts) {
		const res = await post(b.request, url, form);
		expect(res.status(), `${url} ${JSON.stringify(form)}`).toBe(404);
	}
	// Control: the same posts with B's own ids do work, so the 404s above come from the ownership checks.
	const mine = { questionId: own.questionId };
	expect((await post(b.request, `/teach/articles/${own.articleId}?/approve`, { ...mine, approved: 'false' })).status()).toBe(200);
	expect((await post(b.request, `/teach/articles/${own.articleId}?/move`, { ...mine, direction: 'down' })).status()).toBe(200);
	// A create form takes effect once: its post carries the token the page was loaded with.
	await b.goto(`/teach/assignments/new?tekst=${own.articleId}`);
	const assigned = await post(b.request, '/teach/assignments/new', {
		articleId: own.articleId,
		classId: own.classId,
		questionId: own.questionId,
		formToken: await b.locator('input[name=formToken]').inputValue()
	});
	expect(assigned.status()).toBe(303);
	await ctxB.close();

	// Nothing of A's changed: same title, question, approvals, one assignment.
	await page.goto(reviewA);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Tekst A');
	await expect(page.locator('article.rq h3').first()).toHaveText(promptA!);
	await expect(page.locator('article.rq', { hasText: 'Do przejrzenia' })).toHaveCount(0);
	await expect(page.locator('article.rq', { hasText: 'Przejęte?' })).toHaveCount(0);
	await page.goto('/teach/assignments');
	await expect(page.locator('tbody tr')).toHaveCount(1);
	await page.goto(`/teach/assignments/${a.assignmentId}`);
	await expect(page.getByText('W tej klasie nie ma jeszcze uczniów')).toBeVisible();
});

test('a learner reaches no teacher page or action (403)', async ({ page, browser }) => {
	const a = await teacherWithAssignment(page, `Tekst C ${Date.now().toString(36)}`);
	await page.goto(`/teach/classes/${a.classId}`);
	const code = (await page.getByTestId('class-code').textContent())!.trim();

	const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'pl-PL' });
	const learner = await ctx.newPage();
	await joinAsNamedLearner(learner, code, 'Kuba Testowy');
	for (const url of [
		'/teach/articles',
		'/teach/articles/new',
		`/teach/articles/${a.articleId}`,
		`/teach/articles/${a.articleId}/edit`,
		'/teach/assignments',
		'/teach/assignments/new',
		`/teach/assignments/${a.assignmentId}`
	]) {
		expect((await learner.goto(url))?.status(), url).toBe(403);
	}
	const posts: [string, Record<string, string>][] = [
		['/teach/articles/new?/save', { title: 'Uczeń', text: TEXT }],
		[`/teach/articles/${a.articleId}?/approve`, { questionId: a.questionId, approved: 'false' }],
		[`/teach/articles/${a.articleId}?/archive`, { questionId: a.questionId }],
		[`/teach/articles/${a.articleId}/edit?/save`, { title: 'Uczeń', text: TEXT }],
		['/teach/assignments/new', { articleId: a.articleId, classId: a.classId, questionId: a.questionId }]
	];
	for (const [url, form] of posts) expect((await post(learner.request, url, form)).status(), url).toBe(403);
	// The learner still has exactly the one reading.
	await learner.goto('/learn');
	await expect(learner.locator('li.card')).toHaveCount(1);
	await ctx.close();
	await page.goto('/teach/articles');
	await expect(page.locator('li.card')).toHaveCount(1);
	await expect(page.locator('li.card')).toContainText('zadany 1 raz');
});
