import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { createSession, validateSessionToken } from '../auth/session';
import { createUser } from './users';
import { currentPasswordMatches, newPasswordProblem, replacePassword } from './password-change';

describe('changing one’s password', () => {
	it('ends every session and opens one fresh session that works', async () => {
		const db = testDb();
		const user = await createUser(db, { username: 'ola', displayName: 'Ola', role: 'learner', password: 'stare-haslo-1' });
		const phone = createSession(db, user.id);
		const laptop = createSession(db, user.id);
		const fresh = await replacePassword(db, user.id, 'nowe-haslo-22');
		expect(validateSessionToken(db, phone.token)).toBeNull();
		expect(validateSessionToken(db, laptop.token)).toBeNull();
		expect(validateSessionToken(db, fresh.token)?.user.id).toBe(user.id);
		expect(await currentPasswordMatches(db, user.id, 'nowe-haslo-22')).toBe(true);
		expect(await currentPasswordMatches(db, user.id, 'stare-haslo-1')).toBe(false);
	});

	it('asks for a different, long enough, repeated and strong new password', async () => {
		const ola = { displayName: 'Ola Nowak', username: 'ola.nowak' };
		expect(await newPasswordProblem('stare-haslo-1', 'stare-haslo-1', 'stare-haslo-1', ola)).toBe('Nowe hasło musi być inne niż obecne.');
		expect(await newPasswordProblem('x', 'nowe-haslo-22', 'nowe-haslo-2', ola)).toBe('Hasła nie są takie same.');
		expect(await newPasswordProblem('x', 'krotkie', 'krotkie', ola)).toContain('co najmniej 8');
		expect(await newPasswordProblem('x', 'password1', 'password1', ola)).toContain('Dodaj jeszcze jedno lub dwa nietypowe słowa.');
		expect(await newPasswordProblem('x', 'nowak-na-rowerze', 'nowak-na-rowerze', ola)).toContain('nie może zawierać');
		expect(await newPasswordProblem('x', 'nowe-haslo-22', 'nowe-haslo-22', ola)).toBeNull();
	});
});
