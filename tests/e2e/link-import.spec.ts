import { expect, test } from '@playwright/test';
import { gotoReady, registerNewTeacher } from './helpers';
import { startFixtureServer, type FixtureServer } from '../../src/lib/server/articles/link-import/fixture-server';
import { ARTICLE_FIRST, ARTICLE_TITLE } from '../../src/lib/server/articles/link-import/fixture-pages';

// The pages come from a server on 127.0.0.1 that this test starts; the app may fetch from 127.0.0.1
// only because playwright.config.ts starts it with NODE_ENV=test and LINK_IMPORT_ALLOW_HOSTS.
let fixtures: FixtureServer;
test.beforeAll(async () => {
	fixtures = await startFixtureServer();
});
test.afterAll(() => fixtures.close());

test('a teacher imports an article from a link, reviews the filled form and saves it', async ({ page }) => {
	await registerNewTeacher(page, 'Pan Marek Linkowy');
	await gotoReady(page, '/teach/articles/new');
	const link = page.getByLabel('Adres artykułu (link)');

	// A page with nothing to read: the reason is shown with the field and tied to it.
	await link.fill(`${fixtures.origin}/pusta`);
	await page.getByRole('button', { name: 'Pobierz artykuł' }).click();
	await expect(page.getByRole('alert')).toContainText('To nie jest strona z artykułem');
	await expect(link).toHaveAttribute('aria-invalid', 'true');
	await expect(link).toHaveAccessibleDescription(/To nie jest strona z artykułem/);

	await link.fill(`${fixtures.origin}/z-ramkami`);
	await page.getByRole('button', { name: 'Pobierz artykuł' }).click();
	await expect(page.getByLabel('Tytuł')).toHaveValue(ARTICLE_TITLE);
	await expect(page.getByLabel('Źródło')).toHaveValue('Portal Kujawski');
	await expect(page.getByLabel('Data publikacji')).toHaveValue('2024-03-15');
	await expect(page.getByLabel('Tekst artykułu')).toHaveValue(new RegExp(`^${ARTICLE_FIRST.slice(0, 40)}`));
	await expect(page.getByLabel('Tekst artykułu')).not.toHaveValue(/cookies|Udostępnij|Czytaj także/);
	const preview = page.getByRole('region', { name: 'Podgląd po oczyszczeniu' });
	await expect(preview.locator('.article-body')).toContainText('otwarto nowy most pieszo-rowerowy');
	await expect(page.getByRole('alert')).toHaveCount(0);

	// The teacher corrects the title; Enter in it previews instead of fetching the link again.
	await page.getByLabel('Tytuł').fill(`${ARTICLE_TITLE} (z linku)`);
	await page.getByLabel('Tytuł').press('Enter');
	await expect(preview).toBeVisible();
	await expect(page.getByLabel('Tytuł')).toHaveValue(`${ARTICLE_TITLE} (z linku)`);

	await page.getByRole('button', { name: 'Zapisz tekst i utwórz pytania' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ARTICLE_TITLE} (z linku)`);
	await expect(page.getByRole('status')).toContainText('Tekst zapisany');
	await expect(page.getByText('Portal Kujawski')).toBeVisible();
});

test('a link is followed through redirects, and a missing page or an internal address is refused with its reason', async ({ page }) => {
	await registerNewTeacher(page, 'Pani Ewa Przekierowana');
	await gotoReady(page, '/teach/articles/new');
	const link = page.getByLabel('Adres artykułu (link)');
	const fetchLink = async (url: string) => {
		await link.fill(url);
		await page.getByRole('button', { name: 'Pobierz artykuł' }).click();
	};

	await fetchLink(`${fixtures.origin}/nie-ma-takiej`);
	await expect(page.getByRole('alert')).toContainText('404');
	await fetchLink('http://169.254.169.254/latest/meta-data/');
	await expect(page.getByRole('alert')).toContainText('sieci wewnętrznej');
	// A public-looking first hop that redirects inside is refused at the redirect.
	await fetchLink(`${fixtures.origin}/do-metadanych`);
	await expect(page.getByRole('alert')).toContainText('sieci wewnętrznej');
	await expect(page.getByLabel('Tekst artykułu')).toHaveValue('');

	await fetchLink(`${fixtures.origin}/przekieruj/3`);
	await expect(page.getByLabel('Tytuł')).toHaveValue(ARTICLE_TITLE);
	await expect(page.getByLabel('Tekst artykułu')).toHaveValue(new RegExp(`^${ARTICLE_FIRST.slice(0, 40)}`));
});
