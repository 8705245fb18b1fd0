import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import { verifyPassword } from '../auth/password';
import { createSession, validateSessionToken } from '../auth/session';
import { accountKey, recordLoginFailure, throttleWait } from '../auth/throttle';
import { isMember, joinClass } from './membership';
import { parseValues } from '../forms/parse';
import { createLearners, insertLearners, prepareLogins, resetLearnerPassword } from './learner-accounts';
import { createOnce, issueFormToken } from '../forms/once';
import { classRoster } from './roster';
import { newLearnersForm } from './forms';
import { createClass } from './teacher-classes';
import { classWorld } from './test-fixtures';

describe('parsing a list of names', () => {
	const parseNames = (names: string) => parseValues(newLearnersForm, { names });
	it('takes one name per line, skipping blanks and tidying spaces, keeping namesakes', () => {
		expect(parseNames('  Ola  Nowak \r\n\n Kuba\nKuba')).toEqual({
			ok: true,
			data: { names: ['Ola Nowak', 'Kuba', 'Kuba'], repeatsOk: false }
		});
	});
	it('explains an empty, too long or too big list', () => {
		expect(parseNames(' \n ')).toMatchObject({ ok: false, message: 'Wpisz co najmniej jedno imię i nazwisko (jedno w wierszu).' });
		expect(parseNames('x'.repeat(81))).toMatchObject({
			ok: false,
			message: `Za długie imię i nazwisko (najwyżej 80 znaków): „${'x'.repeat(30)}…”.`
		});
		const many = Array.from({ length: 61 }, (_, i) => `Uczeń ${i}`).join('\n');
		expect(parseNames(many)).toMatchObject({
			ok: false,
			message: 'Naraz można założyć najwyżej 60 kont (wpisano 61).',
			values: { names: many }
		});
	});
});

describe('creating learner accounts in bulk', () => {
	it('makes unique transliterated usernames, stores only hashes, and adds everyone to the class', async () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		const made = (await createLearners(db, 'anna', id, ['Zażółć Gęślą', 'Zażółć Gęślą', 'Ola']))!;
		expect(made.map((m) => m.username)).toEqual(['zazolc.gesla', 'zazolc.gesla2', 'ola2']);
		expect(made.map((m) => m.displayName)).toEqual(['Zażółć Gęślą', 'Zażółć Gęślą (2)', 'Ola']);
		for (const m of made) {
			const row = db.select().from(users).where(eq(users.id, m.id)).get()!;
			expect(row.role).toBe('learner');
			expect(row.createdBy).toBe('anna');
			expect(row.passwordHash).not.toContain(m.password);
			expect(await verifyPassword(row.passwordHash, m.password)).toBe(true);
			expect(isMember(db, id, m.id)).toBe(true);
		}
	});

	it('creates nothing in another teacher’s class', async () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		const before = db.select().from(users).all().length;
		expect(await createLearners(db, 'bogdan', id, ['Intruz'])).toBeNull();
		expect(db.select().from(users).all()).toHaveLength(before);
	});
});

describe('resetting a learner’s password', () => {
	it('gives a new password to an account the teacher made, ends its sessions and lifts a sign-in wait', async () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		const [made] = (await createLearners(db, 'anna', id, ['Ola Nowak']))!;
		const { token } = createSession(db, made.id);
		for (let i = 0; i < 10; i++) recordLoginFailure(db, [accountKey(made.username)]);
		const fresh = await resetLearnerPassword(db, 'anna', id, made.id);
		if (typeof fresh === 'string') throw new Error(fresh);
		expect(fresh.username).toBe(made.username);
		const row = db.select().from(users).where(eq(users.id, made.id)).get()!;
		expect(await verifyPassword(row.passwordHash, fresh.password)).toBe(true);
		expect(validateSessionToken(db, token)).toBeNull();
		expect(throttleWait(db, [accountKey(made.username)])).toBe(0);
	});

	it('refuses a learner who joined with their own password, even in the teacher’s own class', async () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		joinClass(db, id, 'ola'); // self-joined: created_by is empty
		const { token } = createSession(db, 'ola');
		expect(await resetLearnerPassword(db, 'anna', id, 'ola')).toBe('not-creator');
		expect(db.select().from(users).where(eq(users.id, 'ola')).get()!.passwordHash).toBe('x');
		expect(validateSessionToken(db, token)).not.toBeNull();
	});

	it('refuses an account another teacher made, even when that learner is in this class too', async () => {
		const db = classWorld();
		const own = createClass(db, 'anna', '4b');
		const theirs = createClass(db, 'bogdan', 'Kółko');
		const [made] = (await createLearners(db, 'bogdan', theirs, ['Kuba Kowal']))!;
		joinClass(db, own, made.id);
		expect(await resetLearnerPassword(db, 'anna', own, made.id)).toBe('not-creator');
		expect(typeof (await resetLearnerPassword(db, 'bogdan', theirs, made.id))).toBe('object');
	});

	it('refuses a learner outside the class, a teacher, and another teacher’s class as not found', async () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		const [made] = (await createLearners(db, 'anna', id, ['Ola Nowak']))!;
		joinClass(db, id, 'bogdan'); // a teacher who somehow became a member must never be reset this way
		const { token } = createSession(db, made.id);
		expect(await resetLearnerPassword(db, 'anna', id, 'kuba')).toBe('not-found');
		expect(await resetLearnerPassword(db, 'anna', id, 'bogdan')).toBe('not-found');
		expect(await resetLearnerPassword(db, 'bogdan', id, made.id)).toBe('not-found');
		expect(validateSessionToken(db, token)).not.toBeNull();
	});
});

describe('a batch posted twice with one form token', () => {
	it('creates the accounts once and answers the repeat with the same logins and passwords', async () => {
		const db = classWorld();
		const id = createClass(db, 'anna', '4b');
		await createLearners(db, 'anna', id, ['Jan Kowalski']);
		const token = issueFormToken(db, 'anna', `learners:${id}`);
		const post = async () => {
			const prepared = await prepareLogins(['Jan Kowalski', 'Ewa Nowak']);
			return createOnce(db, 'anna', `learners:${id}`, token, () => insertLearners(db, 'anna', id, prepared));
		};
		// Whichever finishes hashing first creates; the other gets its result.
		const [a, b] = await Promise.all([post(), post()]);
		expect([a, b].map((r) => r.ok && r.first).sort()).toEqual([false, true]);
		expect(a.ok && b.ok && a.result).toEqual(b.ok && b.result);
		expect(classRoster(db, 'anna', id).map((l) => l.displayName)).toEqual(['Ewa Nowak', 'Jan Kowalski', 'Jan Kowalski (2)']);
	});
});
