import { expect, test, type Page } from '@playwright/test';
import { answerAllOpen, createClassAs, joinAsNamedLearner, questionCard, registerNewTeacher, gotoReady } from './helpers';

const NEWS = `Gdańsk otworzył nową bibliotekę na Przymorzu

We wtorek 14 marca 2023 roku prezydent Gdańska Aleksandra Dulkiewicz otworzyła nową bibliotekę miejską na Przymorzu. Budynek powstał w miejscu dawnego kina i ma trzy piętra. Budowa trwała dwa lata i kosztowała 38 milionów złotych.

REKLAMA

W bibliotece znajduje się ponad 40 tysięcy książek, w tym 5 tysięcy książek dla dzieci. Czytelnicy mogą też korzystać z sali komputerowej, pracowni nagrań i kawiarni na dachu. Jak powiedziała dyrektorka placówki Joanna Nowicka, biblioteka ma być miejscem spotkań dla całej dzielnicy.

Czytaj także: Nowe linie tramwajowe w Gdańsku

Pierwszego dnia bibliotekę odwiedziło około 2 tysięcy osób. Najwięcej gości przyszło po południu, kiedy odbył się koncert miejskiej orkiestry. Dzieci mogły wziąć udział w warsztatach czytania i rysowania.

Biblioteka będzie otwarta od poniedziałku do soboty w godzinach od 9 do 20. Wypożyczanie książek jest bezpłatne, a kartę czytelnika można założyć na miejscu lub przez internet. W przyszłym roku miasto planuje otworzyć podobną placówkę w Oliwie.`;

async function fillArticle(page: Page, title: string, text: string) {
	await gotoReady(page, '/teach/articles/new');
	await page.getByLabel('Tytuł').fill(title);
	await page.getByLabel('Źródło').fill('Gazeta Testowa');
	await page.getByLabel('Data publikacji').fill('2023-03-14');
	await page.getByLabel('Tekst artykułu').fill(text);
}

test('a teacher imports a new article, edits a question, assigns it; a learner answers; the teacher sees the result', async ({
	page,
	browser
}) => {
	await registerNewTeacher(page, 'Pani Ewa Testowa');
	const className = `Klasa biblioteczna ${Date.now().toString(36)}`;
	const klass = await createClassAs(page, className);
	const title = `Nowa biblioteka ${Date.now().toString(36)}`;

	await fillArticle(page, title, NEWS);
	await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
	const preview = page.getByRole('region', { name: 'Podgląd po oczyszczeniu' });
	await expect(preview).toContainText('prezydent Gdańska Aleksandra Dulkiewicz');
	await expect(preview.locator('.article-body')).not.toContainText('REKLAMA');
	await expect(preview.locator('.article-body')).not.toContainText('Czytaj także');
	await expect(preview.getByRole('checkbox', { name: /Czytaj także: Nowe linie tramwajowe/ })).not.toBeChecked();
	await expect(preview).toContainText(/B1|B2|A2|C1/);
	await page.getByRole('button', { name: 'Zapisz tekst i utwórz pytania' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('status')).toContainText('Tekst zapisany');
	await expect(page.getByText(/Trudność:/)).toBeVisible();
	const reviewUrl = page.url().split('?')[0];

	// Edit the first generated question's wording; the edit approves it.
	const first = page.locator('article.rq').first();
	await first.getByText('Popraw pytanie 1').click();
	await first.getByLabel('Treść pytania').fill('Kiedy otwarto bibliotekę na Przymorzu? (pytanie poprawione)');
	await first.getByRole('button', { name: 'Zapisz pytanie' }).click();
	const edited = page.locator('article.rq', { hasText: '(pytanie poprawione)' });
	await expect(edited).toContainText('Zatwierdzone');
	await expect(edited).toContainText('poprawione przez Ciebie');

	// And a question of the teacher's own.
	const add = page.locator('#nowe-pytanie');
	await add.getByLabel('Treść pytania').fill('Ile kosztowała budowa biblioteki?');
	await add.getByLabel('Poprawna odpowiedź').fill('38 milionów złotych');
	await add.getByLabel('Inne poprawne odpowiedzi (każda w osobnym wierszu)').fill('38 mln zł');
	await add.getByRole('button', { name: 'Dodaj pytanie' }).click();
	await expect(page.locator('article.rq', { hasText: 'Ile kosztowała budowa biblioteki?' })).toContainText('Twoje pytanie');

	// Changing the text regenerates questions but keeps the teacher's edit and own question.
	await page.getByRole('link', { name: 'Zmień tekst' }).click();
	const box = page.getByLabel('Tekst artykułu');
	await box.fill((await box.inputValue()) + '\n\nW sobotę w bibliotece odbędzie się spotkanie z autorką książek dla dzieci.');
	await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
	await expect(page.getByRole('status')).toContainText('Tekst zmieniony');
	await page.getByText('Pokaż tekst artykułu').click();
	await expect(page.locator('.article-body')).toContainText('spotkanie z autorką');
	await expect(page.locator('article.rq', { hasText: '(pytanie poprawione)' })).toContainText('Zatwierdzone');
	await expect(page.locator('article.rq', { hasText: 'Ile kosztowała budowa biblioteki?' })).toContainText('Twoje pytanie');

	// Assign: the two approved questions are pre-selected.
	await page.getByRole('link', { name: 'Zadaj klasie' }).click();
	await page.getByLabel(className).check();
	await page.getByLabel('Termin (opcjonalnie)').fill('2031-06-20');
	await expect(page.getByRole('checkbox', { checked: true, name: /pytanie poprawione|Ile kosztowała/ })).toHaveCount(2);
	await expect(page.locator('input[name=questionId]:checked')).toHaveCount(2);
	await page.getByRole('button', { name: 'Zadaj' }).click();
	await expect(page).toHaveURL(/\/teach\/assignments\/[0-9a-f-]+/);
	const assignmentUrl = page.url().split('?')[0];
	await expect(page.getByText('Termin: 20 czerwca 2031')).toBeVisible();

	// A new learner joins with the class code, reads and answers.
	const learnerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'pl-PL' });
	const learner = await learnerContext.newPage();
	await joinAsNamedLearner(learner, klass.code, 'Ola Testowa');
	const item = learner.locator('li.card', { hasText: title });
	await expect(item).toContainText('Termin: 20 czerwca 2031');
	await expect(item).toContainText('Nie zaczęte');
	await item.getByRole('link', { name: title }).click();
	await expect(learner.locator('.article-body')).toContainText('38 milionów złotych');
	await expect(learner.locator('article.q')).toHaveCount(2);
	const own = questionCard(learner, /^Ile kosztowała budowa biblioteki\?$/);
	await own.getByRole('textbox').fill('38 mln zł');
	await own.getByRole('button', { name: 'Sprawdź' }).click();
	await expect(own.getByRole('status')).toContainText('Dobrze');
	await answerAllOpen(learner);
	await learnerContext.close();

	await page.goto(assignmentUrl);
	const row = page.getByRole('row', { name: /Ola Testowa/ });
	await expect(row).toContainText('Ukończył');
	await expect(row).toContainText(/[12] z 2/);
	await expect(page.getByText('ukończyło 1 z 1')).toBeVisible();

	// The teacher's article list shows the article as assigned.
	await page.goto('/teach/articles');
	await expect(page.locator('li.card', { hasText: title })).toContainText('zadany 1 raz');
	await page.goto(reviewUrl);
	await expect(page.locator('article.rq').first()).toContainText('(pytanie poprawione)');
});

test.describe('article import refuses bad input and keeps what was typed', () => {
	test.beforeEach(async ({ page }) => {
		await registerNewTeacher(page, 'Pan Piotr Testowy');
	});

	test('empty and too long texts', async ({ page }) => {
		await fillArticle(page, 'Pusty tekst', '   ');
		await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
		await expect(page.getByRole('alert')).toHaveText('Tekst jest pusty. Wklej tekst artykułu albo wybierz plik.');
		await expect(page.getByLabel('Tytuł')).toHaveValue('Pusty tekst');

		await fillArticle(page, 'Za długi tekst', 'Ala ma kota. '.repeat(3900));
		await page.getByRole('button', { name: 'Zapisz tekst i utwórz pytania' }).click();
		await expect(page.getByRole('alert')).toContainText('Tekst jest za długi');
		await expect(page.getByLabel('Tytuł')).toHaveValue('Za długi tekst');
		await expect(page.getByLabel('Źródło')).toHaveValue('Gazeta Testowa');
		await expect(page).toHaveURL(/\/teach\/articles\/new/);
	});

	test('binary and non-UTF-8 files', async ({ page }) => {
		await fillArticle(page, 'Plik binarny', '');
		await page.getByLabel('…albo wczytaj plik (.txt, .md, .html)').setInputFiles({
			name: 'artykul.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])
		});
		await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
		await expect(page.getByRole('alert')).toContainText('To nie jest plik tekstowy');
		await expect(page.getByLabel('Tytuł')).toHaveValue('Plik binarny');

		await page.getByLabel('…albo wczytaj plik (.txt, .md, .html)').setInputFiles({
			name: 'artykul.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('Za\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1 ja\xbc\xf1', 'latin1')
		});
		await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
		await expect(page.getByRole('alert')).toContainText('UTF-8');
	});

	test('an HTML file is reduced to text; markup pasted as text stays text', async ({ page }) => {
		await fillArticle(page, '', '');
		const html = `<html><head><title>Strona</title><script>window.__zle = 1</script></head><body>
			<nav>Menu główne</nav><h1>Most w Toruniu</h1><p>W piątek 12 maja otwarto nowy most na Wiśle.</p>
			<figure><img src="x.jpg"><figcaption>Fot. PAP</figcaption></figure><p>Kosztował 120 mln zł &ndash; więcej niż planowano.</p></body></html>`;
		await page
			.getByLabel('…albo wczytaj plik (.txt, .md, .html)')
			.setInputFiles({ name: 'most.html', mimeType: 'text/html', buffer: Buffer.from(html) });
		await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
		await expect(page.getByLabel('Tytuł')).toHaveValue('Most w Toruniu');
		const text = page.getByLabel('Tekst artykułu');
		// The headline became the title, so the text does not repeat it.
		await expect(text).toHaveValue(/^W piątek 12 maja otwarto nowy most na Wiśle\.\n\nKosztował 120 mln zł – więcej/);
		await expect(text).not.toHaveValue(/Menu|Fot\.|__zle/);

		await text.fill('Uwaga: <b>pogrubienie</b> <script>window.__zle = 1</script><img src=x onerror="window.__zle=2"> to zwykły tekst.');
		await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
		const body = page.getByRole('region', { name: 'Podgląd po oczyszczeniu' }).locator('.article-body');
		await expect(body).toContainText('<b>pogrubienie</b> <script>window.__zle = 1</script>');
		await expect(body.locator('b, script, img')).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { __zle?: number }).__zle)).toBeUndefined();
	});
});
