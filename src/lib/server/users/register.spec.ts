import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { sessions, users } from '../db/schema';
import { verifyPassword } from '../auth/password';
import { SIGNUP_QUOTA } from '../auth/creation-limit';
import { signUpTeacher } from './register';
import { findUserByLogin } from './users';

const good = {
	displayName: 'Anna Wiśniewska',
	email: ' Anna@Szkola.PL ',
	password: 'kasztan rower parasol',
	password2: 'kasztan rower parasol'
};
const IP = '203.0.113.5';

describe('teacher sign-up', () => {
	it('creates a teacher who signs in with the e-mail; a username comes from the name; nobody is signed in', async () => {
		const db = testDb();
		expect(await signUpTeacher(db, good, IP)).toEqual({ status: 200, body: { done: true, email: 'anna@szkola.pl' } });
		const user = findUserByLogin(db, 'anna@szkola.pl')!;
		expect(user).toMatchObject({ role: 'teacher', username: 'anna.wisniewska', createdBy: null, demo: false });
		expect(await verifyPassword(user.passwordHash, good.password)).toBe(true);
		expect(db.select().from(sessions).all()).toEqual([]);
	});

	it('answers a registered e-mail exactly as a new one, and changes nothing in the existing account', async () => {
		const db = testDb();
		await signUpTeacher(db, good, IP);
		const before = db.select().from(users).all();
		const again = {
			...good,
			displayName: 'Ktoś Inny',
			email: 'ANNA@szkola.pl',
			password: 'zupelnie inne haslo teraz',
			password2: 'zupelnie inne haslo teraz'
		};
		const registered = await signUpTeacher(db, again, IP);
		const fresh = await signUpTeacher(testDb(), again, IP);
		expect(registered).toEqual(fresh);
		expect(db.select().from(users).all()).toEqual(before);
		expect(db.select().from(sessions).all()).toEqual([]);
		// A second Anna with another address still gets an account, with another username.
		await signUpTeacher(db, { ...good, email: 'anna2@szkola.pl' }, IP);
		expect(findUserByLogin(db, 'anna2@szkola.pl')?.username).toBe('anna.wisniewska2');
	});

	it('limits sign-ups per address, counting registered e-mails too, so the limit does not tell them apart', async () => {
		const db = testDb();
		const t0 = 1_700_000_000_000;
		for (let i = 0; i < SIGNUP_QUOTA.limit; i++) {
			const email = i % 2 ? good.email : `n${i}@szkola.pl`;
			expect((await signUpTeacher(db, { ...good, email }, IP, t0)).status).toBe(200);
		}
		const refused = await signUpTeacher(db, { ...good, email: 'ostatnia@szkola.pl' }, IP, t0 + 60_000);
		expect(refused).toMatchObject({ status: 429, body: { message: expect.stringContaining('Spróbuj ponownie za 59 min.') } });
		expect(refused.body).toMatchObject({ message: expect.stringContaining(`już ${SIGNUP_QUOTA.limit} kont`) });
		expect(findUserByLogin(db, 'ostatnia@szkola.pl')).toBeUndefined();
		expect((await signUpTeacher(db, { ...good, email: 'inny-adres@szkola.pl' }, '198.51.100.1', t0)).status).toBe(200);
		expect((await signUpTeacher(db, { ...good, email: 'ostatnia@szkola.pl' }, IP, t0 + 3_600_000)).status).toBe(200);
	});

	it('explains a missing name, a bad e-mail, mismatched and weak passwords in Polish, keeping what was typed', async () => {
		const db = testDb();
		expect(await signUpTeacher(db, { ...good, displayName: '  ' }, IP)).toMatchObject({
			status: 400,
			body: { message: expect.stringContaining('imię') }
		});
		expect(await signUpTeacher(db, { ...good, email: 'anna.szkola.pl' }, IP)).toMatchObject({
			body: { message: expect.stringContaining('e-mail'), email: 'anna.szkola.pl' }
		});
		expect(await signUpTeacher(db, { ...good, password2: 'inne-haslo-1' }, IP)).toMatchObject({
			body: { message: 'Hasła nie są takie same.' }
		});
		expect(await signUpTeacher(db, { ...good, password: 'krotkie', password2: 'krotkie' }, IP)).toMatchObject({ status: 400 });
		const weak = await signUpTeacher(db, { ...good, password: 'qwerty123', password2: 'qwerty123' }, IP);
		expect(weak).toMatchObject({
			status: 400,
			body: { displayName: 'Anna Wiśniewska', message: expect.stringContaining('Dodaj jeszcze jedno lub dwa nietypowe słowa.') }
		});
		const personal = await signUpTeacher(db, { ...good, password: 'wisniewska i jej kot', password2: 'wisniewska i jej kot' }, IP);
		expect(personal).toMatchObject({ status: 400, body: { message: expect.stringContaining('nie może zawierać') } });
		expect(db.select().from(users).all()).toEqual([]);
	});

	it('refuses a huge e-mail field at once instead of backtracking through it', async () => {
		const r = await signUpTeacher(testDb(), { ...good, email: `a@${'.'.repeat(200_000)}@` }, IP);
		expect(r).toMatchObject({ status: 400, body: { message: 'Adres e-mail jest za długi.' } });
	});
});
