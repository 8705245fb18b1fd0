import { expect, test, type Page } from '@playwright/test';
import { createClassAs, login, registerNewTeacher, gotoReady } from './helpers';

const roster = (page: Page) => page.locator('ul.people > li');

async function bulkCreate(page: Page, names: string[]) {
	await page.getByLabel('Imiona i nazwiska, każde w osobnym wierszu').fill(names.join('\n'));
	await page.getByRole('button', { name: 'Załóż konta', exact: true }).click();
	// Repeated names are shown first and created once the teacher has seen them.
	if (new Set(names).size < names.length) await page.getByRole('button', { name: 'Załóż konta z numerami przy imionach' }).click();
	const cards = page.locator('.fresh-logins .login-card');
	await expect(cards).toHaveCount(names.length);
	const logins = [];
	for (const card of await cards.all()) {
		const [username, password] = await card.locator('dd.mono').allTextContents();
		logins.push({ name: await card.locator('.name').textContent(), username: username.trim(), password: password.trim() });
	}
	return logins;
}

test('bulk accounts: transliterated unique usernames, one-time passwords, cards, reset and removal', async ({ page, browser }) => {
	await registerNewTeacher(page);
	const { code } = await createClassAs(page, `4b ${Date.now()}`);
	expect(code).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
	await expect(page.getByLabel('Link do dołączenia (do wysłania uczniom)')).toHaveValue(new RegExp(`/join\\?kod=${code}$`));

	const logins = await bulkCreate(page, ['Zażółć Gęślą', 'Zażółć Gęślą', 'Ola Nowak']);
	expect(logins[0].username).toMatch(/^zazolc\.gesla\d*$/);
	expect(logins[1].username).toMatch(/^zazolc\.gesla\d+$/);
	expect(logins[0].username).not.toBe(logins[1].username);
	for (const l of logins) expect(l.password).toMatch(/^[a-z]+-[a-z]+-\d\d$/);
	await expect(page.getByRole('alert')).toContainText('Hasła widać tylko teraz');
	await expect(roster(page)).toHaveCount(3);

	// Passwords are gone after a reload; the cards page has a blank line instead.
	await page.reload();
	await expect(page.locator('.fresh-logins')).toHaveCount(0);
	await page.getByRole('link', { name: /Karty logowania całej klasy/ }).click();
	await expect(page.locator('.login-card')).toHaveCount(3);
	await expect(page.locator('.login-card').first()).toContainText(code);
	await expect(page.getByText(logins[0].password)).toHaveCount(0);
	await page.goBack();

	const ola = logins[2];
	const child = await (await browser.newContext()).newPage();
	await login(child, ola.username, ola.password);
	await expect(child).toHaveURL(/\/learn$/);

	const olaRow = roster(page).filter({ hasText: ola.username });
	await olaRow.getByRole('button', { name: /Nowe hasło/ }).click();
	const fresh = page.locator('.fresh-logins .login-card');
	await expect(fresh).toHaveCount(1);
	const newPassword = (await fresh.locator('dd.mono').nth(1).textContent())!.trim();
	expect(newPassword).toMatch(/^[a-z]+-[a-z]+-\d\d$/);
	await child.goto('/learn');
	await expect(child).toHaveURL(/\/login/);
	await login(child, ola.username, newPassword);

	await roster(page).filter({ hasText: ola.username }).getByText('Usuń z klasy…').click();
	await page.getByRole('button', { name: /Tak, usuń z klasy/ }).click();
	await expect(page.getByRole('status')).toContainText('Usunięto ucznia');
	await expect(roster(page)).toHaveCount(2);
	await expect(roster(page).filter({ hasText: ola.username })).toHaveCount(0);
	// The account stays: Ola can still sign in.
	await child.getByRole('button', { name: 'Wyloguj' }).click();
	await login(child, ola.username, newPassword);
	await child.context().close();
});

let joined = 0;
/** A visitor fills the whole join form (the browser insists on every field) with a code from a link. */
async function tryJoin(page: Page, code: string) {
	await gotoReady(page, `/join?kod=${code}`);
	await page.getByLabel('Imię').fill('Gość');
	await page.getByLabel('Nazwa użytkownika').fill(`gosc-${Date.now().toString(36)}-${joined++}`);
	// Not 'haslo-goscia-1': a password may not contain the name ("Gość").
	await page.getByLabel('Hasło (co najmniej 8 znaków)').fill('kasztan-rower-parasol');
	await page.getByLabel('Powtórz hasło').fill('kasztan-rower-parasol');
	await page.getByRole('button', { name: 'Dołącz' }).click();
}

test('rename, archive (code stops working, "Zarchiwizowane"), restore, and a new code', async ({ page, browser }) => {
	await registerNewTeacher(page);
	const name = `Kółko ${Date.now()}`;
	const { code } = await createClassAs(page, name);

	await page.getByLabel('Nazwa klasy').fill(`${name} (środa)`);
	await page.getByRole('button', { name: 'Zmień nazwę' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`${name} (środa)`);

	await page.getByRole('button', { name: 'Archiwizuj klasę' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Zarchiwizowana');
	const visitor = await (await browser.newContext()).newPage();
	await tryJoin(visitor, code);
	await expect(visitor.getByRole('alert')).toContainText('Nie ma klasy o takim kodzie');

	await page.goto('/teach/classes');
	const archived = page.getByRole('region', { name: 'Zarchiwizowane' });
	await expect(archived.getByRole('link', { name: `${name} (środa)` })).toBeVisible();
	await archived.getByRole('button', { name: `Przywróć klasę ${name} (środa)` }).click();
	await expect(page.getByRole('region', { name: 'Zarchiwizowane' })).toHaveCount(0);
	await page.getByRole('link', { name: `${name} (środa)` }).click();

	await page.getByRole('button', { name: 'Wygeneruj nowy kod' }).click();
	await expect(page.getByRole('status')).toContainText('Poprzedni już nie działa');
	const fresh = (await page.getByTestId('class-code').textContent())!.trim();
	expect(fresh).not.toBe(code);
	await tryJoin(visitor, code);
	await expect(visitor.getByRole('alert')).toContainText('Nie ma klasy o takim kodzie');
	await tryJoin(visitor, fresh);
	await expect(visitor).toHaveURL(/\/learn$/);
	await visitor.context().close();
});

test('a learner can be in two classes; removal from one keeps the other', async ({ page, browser }) => {
	await registerNewTeacher(page);
	const first = await createClassAs(page, `Pierwsza ${Date.now()}`);
	const [kid] = await bulkCreate(page, ['Kuba Wiśniewski']);
	const second = await createClassAs(page, `Druga ${Date.now()}`);

	const child = await (await browser.newContext()).newPage();
	await login(child, kid.username, kid.password);
	await child.goto(`/join?kod=${second.code}`);
	await child.getByRole('button', { name: 'Dołącz' }).click();
	await expect(child).toHaveURL(/\/learn$/);

	await page.reload();
	await expect(roster(page).filter({ hasText: kid.username })).toHaveCount(1);
	await page.goto(`/teach/classes/${first.id}`);
	await roster(page).filter({ hasText: kid.username }).getByText('Usuń z klasy…').click();
	await page.getByRole('button', { name: /Tak, usuń z klasy/ }).click();
	await expect(roster(page)).toHaveCount(0);
	await page.goto(`/teach/classes/${second.id}`);
	await expect(roster(page).filter({ hasText: kid.username })).toHaveCount(1);
	await child.context().close();
});

test('class forms explain mistakes in Polish', async ({ page }) => {
	await registerNewTeacher(page);
	await page.goto('/teach/classes');
	await page.getByLabel('Nazwa klasy').evaluate((el) => el.removeAttribute('maxlength'));
	await page.getByLabel('Nazwa klasy').fill('x'.repeat(61));
	await page.getByRole('button', { name: 'Utwórz klasę' }).click();
	await expect(page.getByRole('alert')).toContainText('za długa');
	await createClassAs(page, `Pusta ${Date.now()}`);
	await page.getByLabel('Imiona i nazwiska, każde w osobnym wierszu').fill('   \n  ');
	await page.getByRole('button', { name: 'Załóż konta' }).click();
	await expect(page.getByRole('alert')).toContainText('Wpisz co najmniej jedno imię');
});
