import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { formTokens, users } from '../db/schema';
import { createOnce, EXPIRED, issueFormToken } from './once';

function world() {
	const db = testDb();
	for (const id of ['anna', 'bogdan'])
		db.insert(users).values({ id, username: id, displayName: id, role: 'teacher', passwordHash: 'x' }).run();
	return db;
}

const DAY = 24 * 3600_000;

describe('createOnce', () => {
	it('creates on the first post and answers a repeated one with the first result', () => {
		const db = world();
		const token = issueFormToken(db, 'anna', 'class');
		let made = 0;
		const make = () => ({ id: `klasa-${++made}` });
		expect(createOnce(db, 'anna', 'class', token, make)).toEqual({ ok: true, first: true, result: { id: 'klasa-1' } });
		expect(createOnce(db, 'anna', 'class', token, make)).toEqual({ ok: true, first: false, result: { id: 'klasa-1' } });
		expect(made).toBe(1);
		// A new load gives a new token: the next class is a new one.
		expect(createOnce(db, 'anna', 'class', issueFormToken(db, 'anna', 'class'), make)).toMatchObject({ first: true });
	});

	it('refuses a token of another user, another form, a forged or an old one, creating nothing', () => {
		const db = world();
		const now = Date.now();
		const token = issueFormToken(db, 'anna', 'learners:a', now);
		let made = 0;
		const make = () => ++made;
		const refused = { ok: false, message: EXPIRED };
		expect(createOnce(db, 'bogdan', 'learners:a', token, make, now)).toEqual(refused);
		expect(createOnce(db, 'anna', 'learners:b', token, make, now)).toEqual(refused);
		expect(createOnce(db, 'anna', 'learners:a', token.slice(0, -2) + 'xx', make, now)).toEqual(refused);
		expect(createOnce(db, 'anna', 'learners:a', '', make, now)).toEqual(refused);
		expect(createOnce(db, 'anna', 'learners:a', token, make, now + 3 * DAY)).toEqual(refused);
		expect(made).toBe(0);
		expect(createOnce(db, 'anna', 'learners:a', token, make, now + DAY)).toMatchObject({ ok: true, first: true });
	});

	it('leaves the token unused when the creation fails', () => {
		const db = world();
		const token = issueFormToken(db, 'anna', 'article');
		expect(() =>
			createOnce(db, 'anna', 'article', token, () => {
				throw new Error('disk full');
			})
		).toThrow('disk full');
		expect(createOnce(db, 'anna', 'article', token, () => 'ok')).toEqual({ ok: true, first: true, result: 'ok' });
	});

	it('keeps the stored result unreadable without the token, and forgets rows after the token could be used', () => {
		const db = world();
		const now = Date.now();
		createOnce(db, 'anna', 'learners:a', issueFormToken(db, 'anna', 'learners:a', now), () => ({ password: 'lato-kot-42' }), now);
		const [row] = db.select().from(formTokens).all();
		expect(row.result).not.toContain('lato');
		createOnce(db, 'bogdan', 'class', issueFormToken(db, 'bogdan', 'class', now + 4 * DAY), () => 1, now + 4 * DAY);
		expect(db.select({ userId: formTokens.userId }).from(formTokens).all()).toEqual([{ userId: 'bogdan' }]);
	});
});
