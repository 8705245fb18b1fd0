import { expect, test, type Browser, type Page } from '@playwright/test';
import { createClassAs, joinAsNamedLearner, questionCard, registerNewTeacher, gotoReady } from './helpers';

const TEXT = `Gdańsk otworzył nową bibliotekę na Przymorzu

We wtorek prezydent Gdańska otworzyła nową bibliotekę miejską na Przymorzu. Budynek powstał w miejscu dawnego kina i ma trzy piętra. Budowa trwała dwa lata.

W bibliotece znajduje się ponad 40 tysięcy książek. Czytelnicy mogą też korzystać z sali komputerowej i kawiarni na dachu. Pierwszego dnia bibliotekę odwiedziło około 2 tysięcy osób.`;

/** The teacher's own questions: the only ones approved, so the only ones assigned. */
const Q = [
	{ prompt: 'W jakim mieście otwarto bibliotekę?', answer: 'Gdańsk' },
	{ prompt: 'Ile pięter ma budynek biblioteki?', answer: 'trzy' },
	{ prompt: 'W jakiej dzielnicy jest biblioteka?', answer: 'Przymorze' }
];

/** Who answers what (null: not answered); Dorota joins and never starts. */
const PLAN: Record<string, (string | null)[]> = {
	'Adam Pierwszy': ['Gdańsk', 'trzy', 'Kraków'],
	'Beata Druga': ['Gdańsk', 'pięć', 'kraków.'],
	'Cezary Trzeci': ['Warszawa', null, null],
	'Dorota Czwarta': [null, null, null]
};

const correct = (name: string, i: number) => PLAN[name][i]?.toLowerCase() === Q[i].answer.toLowerCase();
const answered = (name: string) => PLAN[name].filter((a) => a !== null).length;
const score = (name: string) => PLAN[name].filter((_, i) => correct(name, i)).length;
const pct = (x: number) => `${Math.round(x * 100)}%`;

async function learnerAnswers(browser: Browser, code: string, name: string) {
	const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'pl-PL' });
	const page = await context.newPage();
	await joinAsNamedLearner(page, code, name);
	const link = page.locator('li.card a').first();
	const assignmentId = (await link.getAttribute('href'))!.split('/').pop()!;
	await link.click();
	for (const [i, given] of PLAN[name].entries()) {
		if (given === null) continue;
		const card = questionCard(page, new RegExp(`^${Q[i].prompt.replace(/[?]/g, '\\?')}$`));
		await card.getByRole('textbox').fill(given);
		await card.getByRole('button', { name: 'Sprawdź' }).click();
		await expect(card.getByRole('status')).toContainText(correct(name, i) ? 'Dobrze' : 'Źle');
	}
	return { page, assignmentId };
}

async function setUpClass(page: Page) {
	await registerNewTeacher(page, 'Pani Raportowa');
	const className = `Klasa raportowa ${Date.now().toString(36)}`;
	const klass = await createClassAs(page, className);
	await gotoReady(page, '/teach/articles/new');
	await page.getByLabel('Tytuł').fill(`Biblioteka ${Date.now().toString(36)}`);
	await page.getByLabel('Źródło').fill('Gazeta Testowa');
	await page.getByLabel('Tekst artykułu').fill(TEXT);
	await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
	await page.getByRole('button', { name: 'Zapisz tekst i utwórz pytania' }).click();
	for (const q of Q) {
		const add = page.locator('#nowe-pytanie');
		await add.getByLabel('Treść pytania').fill(q.prompt);
		await add.getByLabel('Poprawna odpowiedź').fill(q.answer);
		await add.getByRole('button', { name: 'Dodaj pytanie' }).click();
		await expect(page.locator('article.rq', { hasText: q.prompt })).toContainText('Twoje pytanie');
	}
	await page.getByRole('link', { name: 'Zadaj klasie' }).click();
	await page.getByLabel(className).check();
	await expect(page.locator('input[name=questionId]:checked')).toHaveCount(Q.length);
	await page.getByRole('button', { name: 'Zadaj' }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[0-9a-f-]+/);
	return { ...klass, className };
}

test('reports show exactly the scores, facility and completion of what learners answered; CSV; other teachers get 404', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const klass = await setUpClass(page);
	const learners: Record<string, { page: Page; assignmentId: string }> = {};
	for (const name of Object.keys(PLAN)) learners[name] = await learnerAnswers(browser, klass.code, name);
	const assignmentId = learners['Adam Pierwszy'].assignmentId;

	// Reading time beacon: capped per call, only for the learner's own assignment.
	const adam = learners['Adam Pierwszy'].page;
	expect((await adam.request.post(`/learn/${assignmentId}/time`, { data: { seconds: 120 } })).status()).toBe(204);
	expect((await adam.request.post(`/learn/${assignmentId}/time`, { data: { seconds: 'dużo' } })).status()).toBe(400);
	expect((await adam.request.post(`/learn/00000000-0000-0000-0000-000000000000/time`, { data: { seconds: 5 } })).status()).toBe(404);

	// Class overview: every learner, state in words, score, completion.
	await page.goto('/teach/reports');
	await page.locator('li.card', { hasText: klass.className }).getByRole('link', { name: 'Przegląd klasy' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(klass.className);
	const names = Object.keys(PLAN);
	const done = names.filter((n) => answered(n) === Q.length);
	for (const name of names) {
		const row = page.getByRole('row', { name: new RegExp(name) });
		if (answered(name) === Q.length)
			await expect(row).toContainText(`ukończone${score(name)} z ${Q.length} · ${pct(score(name) / Q.length)}`);
		else if (answered(name) > 0) await expect(row).toContainText(`w trakcie${answered(name)} z ${Q.length} odp.`);
		else await expect(row).toContainText('nie zaczęte');
	}
	const average = done.reduce((s, n) => s + score(n) / Q.length, 0) / done.length;
	await expect(page.getByRole('row', { name: /Ukończyło/ })).toContainText(`${done.length} z ${names.length}`);
	await expect(page.getByRole('row', { name: /Ukończyło/ })).toContainText(`średnio ${pct(average)}`);

	const csv = await page.request.get(`/teach/reports/class/${klass.id}/csv`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const body = await csv.text();
	expect(body.charCodeAt(0)).toBe(0xfeff);
	expect(body).toContain(`Adam Pierwszy;`);
	expect(body).toContain(`;${Math.round((score('Adam Pierwszy') / Q.length) * 100)}\r\n`);
	expect(body).toMatch(/Dorota Czwarta;[^\r]*;nie zaczęte/);

	// Assignment report: facility per question and the grouped wrong answers.
	await page.getByRole('columnheader').getByRole('link').first().click();
	await expect(page.locator('#done-count')).toHaveText(`${done.length} z ${names.length}`);
	for (const [i, q] of Q.entries()) {
		const who = names.filter((n) => PLAN[n][i] !== null);
		const right = who.filter((n) => correct(n, i)).length;
		const row = page.getByRole('row', { name: new RegExp(q.prompt.replace('?', '\\?')) });
		await expect(row).toContainText(`${right} z ${who.length} dobrze`);
		await expect(row).toContainText(pct(right / who.length));
	}
	await expect(page.getByRole('row', { name: /W jakiej dzielnicy/ })).toContainText('„kraków” × 2');
	await expect(page.getByRole('row', { name: /Adam Pierwszy/ })).toContainText('2 min');
	const items = await (await page.request.get(`/teach/reports/assignment/${assignmentId}/csv?tabela=pytania`)).text();
	expect(items).toContain(`;${Q[0].prompt};Gdańsk;`);

	// Learner report lists the not started reading.
	await page.getByRole('link', { name: 'Dorota Czwarta' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dorota Czwarta');
	await expect(page.locator('table.data').first()).toContainText('nie zaczęte');
	const learnerUrl = new URL(page.url()).pathname;

	// Another teacher: not found, pages and CSV alike.
	const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'pl-PL' });
	const otherPage = await other.newPage();
	await registerNewTeacher(otherPage, 'Pan Obcy');
	for (const url of [
		`/teach/reports/class/${klass.id}`,
		`/teach/reports/class/${klass.id}/csv`,
		`/teach/reports/assignment/${assignmentId}`,
		`/teach/reports/assignment/${assignmentId}/csv`,
		learnerUrl,
		`${learnerUrl}/csv`
	])
		expect((await otherPage.request.get(url)).status(), url).toBe(404);
	await otherPage.goto('/teach/reports');
	await expect(otherPage.getByText(klass.className)).toHaveCount(0);
	// A learner is not a teacher.
	expect((await adam.request.get(`/teach/reports/class/${klass.id}/csv`)).status()).toBe(403);
	await other.close();
});

test('a learner sees progress, reviews a wrong answer and the review counts', async ({ page, browser }) => {
	test.setTimeout(90_000);
	const klass = await setUpClass(page);
	const { page: beata } = await learnerAnswers(browser, klass.code, 'Beata Druga');
	const wrong = PLAN['Beata Druga'].filter((_, i) => !correct('Beata Druga', i)).length;

	await beata.goto('/learn/progress');
	await expect(beata.locator('.stats')).toContainText('1 czytanka ukończona');
	await expect(beata.locator('.stats')).toContainText(pct(score('Beata Druga') / Q.length));
	await expect(beata.locator('.stats')).toContainText('1 dzień');
	await expect(beata.getByText(`Do powtórzenia teraz: ${wrong} pytania`)).toBeVisible();

	await beata.getByRole('link', { name: 'Powtarzaj' }).click();
	await expect(beata).toHaveURL(/\/learn\/review$/);
	const first = await beata.locator('article.q h2').textContent();
	const q = Q.find((x) => x.prompt === first?.trim())!;
	await beata.getByRole('textbox', { name: 'Twoja odpowiedź' }).fill(q.answer);
	await beata.getByRole('button', { name: 'Sprawdź' }).click();
	await expect(beata.getByRole('status')).toContainText('Dobrze');
	await expect(beata.getByText(`Do powtórzenia teraz: ${wrong - 1} pytanie`)).toBeVisible();

	await beata.goto('/learn/progress');
	await expect(beata.getByText('Powtórzone: 1, dobrze: 1.')).toBeVisible();
});
