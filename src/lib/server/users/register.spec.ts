import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { verifyPassword } from '../auth/password';
import { registerTeacher } from './register';
import { findUserByLogin } from './users';

const good = { displayName: 'Anna Wiśniewska', email: ' Anna@Szkola.PL ', password: 'dobre-haslo-1', password2: 'dobre-haslo-1' };

describe('teacher sign-up', () => {
	it('creates a teacher who signs in with the e-mail; a username comes from the name', async () => {
		const db = testDb();
		const r = await registerTeacher(db, good);
		expect(r).toMatchObject({ ok: true, username: 'anna.wisniewska' });
		const user = findUserByLogin(db, 'anna@szkola.pl')!;
		expect(user.role).toBe('teacher');
		expect(await verifyPassword(user.passwordHash, 'dobre-haslo-1')).toBe(true);
	});

	it('refuses a used e-mail (any case) and gives a second Anna another username', async () => {
		const db = testDb();
		await registerTeacher(db, good);
		expect(await registerTeacher(db, { ...good, email: 'ANNA@szkola.pl' })).toMatchObject({ ok: false, message: expect.stringContaining('już istnieje') });
		expect(await registerTeacher(db, { ...good, email: 'anna2@szkola.pl' })).toMatchObject({ ok: true, username: 'anna.wisniewska2' });
	});

	it('explains a missing name, a bad e-mail and mismatched passwords in Polish', async () => {
		const db = testDb();
		expect(await registerTeacher(db, { ...good, displayName: '  ' })).toMatchObject({ message: expect.stringContaining('imię') });
		expect(await registerTeacher(db, { ...good, email: 'anna.szkola.pl' })).toMatchObject({ message: expect.stringContaining('e-mail') });
		expect(await registerTeacher(db, { ...good, password2: 'inne-haslo-1' })).toMatchObject({ message: 'Hasła nie są takie same.' });
		expect(await registerTeacher(db, { ...good, password: 'krotkie', password2: 'krotkie' })).toMatchObject({ ok: false });
	});

	it('refuses a huge e-mail field at once instead of backtracking through it', async () => {
		const r = await registerTeacher(testDb(), { ...good, email: `a@${'.'.repeat(200_000)}@` });
		expect(r).toMatchObject({ ok: false, message: 'Adres e-mail jest za długi.' });
	});
});
