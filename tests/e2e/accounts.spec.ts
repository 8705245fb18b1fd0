import { expect, test, type Page } from '@playwright/test';
import { gotoReady, joinAsNewLearner, login, registerNewTeacher, TEACHER_PASSWORD, waitForHydration } from './helpers';

const WRONG = 'Nieprawidłowa nazwa użytkownika lub hasło.';

/**
 * One sign-in attempt; returns the action's status (400 wrong, 429 waiting, 303 in). Judged by the answer, not the
 * screen: the previous message is still there and would satisfy a check of the text too early.
 */
async function attempt(page: Page, username: string, password: string): Promise<number> {
	await page.getByLabel('Nazwa użytkownika lub e-mail').fill(username);
	await page.getByLabel('Hasło').fill(password);
	const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login');
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	const body = (await (await answered).json()) as { status: number };
	return body.status;
}

async function fillSignup(page: Page, name: string, email: string, password: string, repeat = password) {
	await page.getByLabel('Imię i nazwisko').fill(name);
	await page.getByLabel('Adres e-mail').fill(email);
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill(password);
	await page.getByLabel('Powtórz hasło').fill(repeat);
	await page.getByRole('button', { name: 'Załóż konto' }).click();
}

test('a teacher registers with e-mail, is told what to do next, and signs in with the e-mail in any case', async ({ page }) => {
	const email = await registerNewTeacher(page, 'Pani Zofia Testowa');
	await expect(page.getByText('Pani Zofia Testowa')).toBeVisible();
	await page.getByRole('button', { name: 'Wyloguj' }).click();
	await login(page, email.toUpperCase(), TEACHER_PASSWORD);
	await expect(page).toHaveURL(/\/teach$/);
});

test('sign-up explains problems and keeps what was typed; a registered e-mail gets exactly the answer a new one gets', async ({
	page,
	browser
}) => {
	const email = await registerNewTeacher(page);
	const other = await (await browser.newContext()).newPage();
	await gotoReady(other, '/register');
	await fillSignup(other, 'Druga Osoba', email, 'zielona-lampa-nad-stawem', 'inne-haslo-22');
	await expect(other.getByRole('alert')).toHaveText('Hasła nie są takie same.');
	await expect(other.getByLabel('Imię i nazwisko')).toHaveValue('Druga Osoba');
	await fillSignup(other, 'Druga Osoba', email, 'qwerty123');
	await expect(other.getByRole('alert')).toContainText('Dodaj jeszcze jedno lub dwa nietypowe słowa.');

	// What someone probing for registered addresses sees, for a registered and for a new e-mail.
	const seen = async (page: Page, address: string) => {
		await fillSignup(page, 'Druga Osoba', address, 'zielona-lampa-nad-stawem');
		await expect(page.getByRole('heading', { name: 'Dalsze kroki' })).toBeVisible();
		return (await page.locator('main').innerText()).replace(address, 'ADRES');
	};
	const registered = await seen(other, email);
	const stranger = await (await browser.newContext()).newPage();
	await gotoReady(stranger, '/register');
	const fresh = await seen(stranger, `nowa-${Date.now().toString(36)}@example.pl`);
	expect(registered).toBe(fresh);
	// Neither is signed in; the registered account kept its own password.
	await expect(other.getByRole('link', { name: 'Zaloguj się' })).toBeVisible();
	await gotoReady(other, '/login');
	expect(await attempt(other, email, 'zielona-lampa-nad-stawem')).toBe(400);
	await expect(other.getByRole('alert')).toHaveText(WRONG);
	await login(other, email, TEACHER_PASSWORD);
	await other.context().close();
	await stranger.context().close();
});

test('changing the password ends the other sessions and keeps this browser signed in', async ({ browser }) => {
	const phone = await browser.newPage();
	const username = await joinAsNewLearner(phone);
	const laptop = await (await browser.newContext()).newPage();
	await login(laptop, username, 'bardzo-tajne-1');

	await phone.goto('/account');
	await expect(phone.getByText(username)).toBeVisible();
	await phone.getByLabel('Obecne hasło').fill('zle-haslo-99');
	await phone.getByLabel('Nowe hasło (co najmniej 8 znaków)').fill('nowe-haslo-77');
	await phone.getByLabel('Powtórz nowe hasło').fill('nowe-haslo-77');
	await phone.getByRole('button', { name: 'Zmień hasło' }).click();
	await expect(phone.getByRole('alert')).toHaveText('Obecne hasło jest nieprawidłowe.');

	await phone.getByLabel('Obecne hasło').fill('bardzo-tajne-1');
	await phone.getByLabel('Nowe hasło (co najmniej 8 znaków)').fill('haslo123');
	await phone.getByLabel('Powtórz nowe hasło').fill('haslo123');
	await phone.getByRole('button', { name: 'Zmień hasło' }).click();
	await expect(phone.getByRole('alert')).toContainText('To hasło jest za słabe.');

	await phone.getByLabel('Obecne hasło').fill('bardzo-tajne-1');
	await phone.getByLabel('Nowe hasło (co najmniej 8 znaków)').fill('nowe-haslo-77');
	await phone.getByLabel('Powtórz nowe hasło').fill('nowe-haslo-77');
	await phone.getByRole('button', { name: 'Zmień hasło' }).click();
	await expect(phone.getByRole('status')).toContainText('Hasło zmienione');

	await phone.goto('/learn');
	await expect(phone).toHaveURL(/\/learn$/);
	await laptop.goto('/learn');
	await expect(laptop).toHaveURL(/\/login/);
	await waitForHydration(laptop);
	expect(await attempt(laptop, username, 'bardzo-tajne-1')).toBe(400);
	await expect(laptop.getByRole('alert')).toHaveText(WRONG);
	await login(laptop, username, 'nowe-haslo-77');
	await phone.close();
	await laptop.context().close();
});

test('the owner’s usual browser gets in with the right password while an attacker elsewhere is made to wait', async ({ browser }) => {
	// The owner's browser chose the password when joining, so it holds a device cookie for the account.
	const owner = await (await browser.newContext()).newPage();
	const username = await joinAsNewLearner(owner);
	const device = (await owner.context().cookies()).find((c) => c.name === 'czytanka_device');
	expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
	await owner.getByRole('button', { name: 'Wyloguj' }).click();
	await waitForHydration(owner);

	const attacker = await (await browser.newContext()).newPage();
	await gotoReady(attacker, '/login');
	for (let i = 0; i < 5; i++) expect(await attempt(attacker, username, `zle-haslo-${i}`)).toBe(400);
	await expect(attacker.getByRole('alert')).toHaveText(WRONG);
	// From now on the waits grow (2 s, then 4 s, then 8 s); the attacker guesses again whenever allowed.
	for (let round = 0; round < 2; round++) {
		await expect(async () => expect(await attempt(attacker, username, 'zle-haslo-znowu')).toBe(400)).toPass({
			timeout: 15_000,
			intervals: [500]
		});
	}
	expect(await attempt(attacker, username, 'bardzo-tajne-1')).toBe(429);
	await expect(attacker.getByRole('alert')).toHaveText(/^Za dużo nieudanych prób\. Spróbuj ponownie za [1-8] s\.$/);

	await login(owner, username, 'bardzo-tajne-1');
	await expect(owner).toHaveURL(/\/learn$/);
	// The owner's sign-in did not lift the attacker's wait.
	expect(await attempt(attacker, username, 'bardzo-tajne-1')).toBe(429);
	await owner.context().close();
	await attacker.context().close();
});

test('/account fits a phone screen even with a very long e-mail', async ({ browser }) => {
	const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage();
	const email = `bardzo.dlugi.adres.nauczycielki.szkoly.podstawowej.numer.sto.${Date.now().toString(36)}@przykladowa-szkola.edu.pl`;
	await registerNewTeacher(page, 'Pani Długa', email);
	await gotoReady(page, '/account');
	await expect(page.getByText(email)).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.context().close();
});
