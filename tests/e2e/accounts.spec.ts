import { expect, test } from '@playwright/test';
import { joinAsNewLearner, login, registerNewTeacher, TEACHER_PASSWORD, waitForHydration } from './helpers';

test('a teacher registers with e-mail, lands on /teach, and signs in again with the e-mail', async ({ page }) => {
	const email = await registerNewTeacher(page, 'Pani Zofia Testowa');
	await expect(page.getByText('Pani Zofia Testowa')).toBeVisible();
	await page.getByRole('button', { name: 'Wyloguj' }).click();
	await login(page, email.toUpperCase(), TEACHER_PASSWORD);
	await expect(page).toHaveURL(/\/teach$/);
});

test('sign-up explains problems and keeps what was typed; a used e-mail is refused', async ({ page, browser }) => {
	const email = await registerNewTeacher(page);
	const other = await browser.newPage();
	await other.goto('/register');
	await other.getByLabel('Imię i nazwisko').fill('Druga Osoba');
	await other.getByLabel('Adres e-mail').fill(email);
	await other.getByLabel('Hasło (co najmniej 8 znaków)').fill('jakies-haslo-1');
	await other.getByLabel('Powtórz hasło').fill('inne-haslo-22');
	await other.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(other.getByRole('alert')).toHaveText('Hasła nie są takie same.');
	await expect(other.getByLabel('Imię i nazwisko')).toHaveValue('Druga Osoba');
	await other.getByLabel('Hasło (co najmniej 8 znaków)').fill('jakies-haslo-1');
	await other.getByLabel('Powtórz hasło').fill('jakies-haslo-1');
	await other.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(other.getByRole('alert')).toContainText('To konto już istnieje');
	await other.close();
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
	await phone.getByLabel('Nowe hasło (co najmniej 8 znaków)').fill('nowe-haslo-77');
	await phone.getByLabel('Powtórz nowe hasło').fill('nowe-haslo-77');
	await phone.getByRole('button', { name: 'Zmień hasło' }).click();
	await expect(phone.getByRole('status')).toContainText('Hasło zmienione');

	await phone.goto('/learn');
	await expect(phone).toHaveURL(/\/learn$/);
	await laptop.goto('/learn');
	await expect(laptop).toHaveURL(/\/login/);
	await laptop.getByLabel('Nazwa użytkownika lub e-mail').fill(username);
	await laptop.getByLabel('Hasło').fill('bardzo-tajne-1');
	await laptop.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(laptop.getByRole('alert')).toHaveText('Nieprawidłowa nazwa użytkownika lub hasło.');
	await login(laptop, username, 'nowe-haslo-77');
	await phone.close();
	await laptop.context().close();
});

test('after five wrong passwords sign-in waits, even for the right one, then works again', async ({ page }) => {
	const username = await joinAsNewLearner(page);
	await page.getByRole('button', { name: 'Wyloguj' }).click();
	await waitForHydration(page);
	// Waits for each answer: the previous attempt's message is still on screen and would satisfy a check too early.
	const attempt = async (password: string) => {
		await page.getByLabel('Nazwa użytkownika lub e-mail').fill(username);
		await page.getByLabel('Hasło').fill(password);
		const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login');
		await page.getByRole('button', { name: 'Zaloguj się' }).click();
		await answered;
	};
	for (let i = 0; i < 5; i++) {
		await attempt(`zle-haslo-${i}`);
		await expect(page.getByRole('alert')).toHaveText('Nieprawidłowa nazwa użytkownika lub hasło.');
	}
	await attempt('bardzo-tajne-1');
	await expect(page.getByRole('alert')).toHaveText(/^Za dużo nieudanych prób\. Spróbuj ponownie za [12] s\.$/);
	await expect(page).toHaveURL(/\/login/);
	// A refused attempt does not count as a failure, so trying again until the wait is over is safe.
	await expect(async () => {
		await attempt('bardzo-tajne-1');
		await expect(page).toHaveURL(/\/learn$/, { timeout: 500 });
	}).toPass({ timeout: 15_000, intervals: [500] });
});
