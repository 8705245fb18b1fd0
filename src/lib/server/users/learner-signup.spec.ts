import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { learnerProfiles, users } from '../db/schema';
import { JOIN_QUOTA, SOLO_QUOTA } from '../auth/creation-limit';
import { isMember } from '../classes/membership';
import { createClass } from '../classes/teacher-classes';
import { classWorld } from '../classes/test-fixtures';
import { signUpLearner, signUpSoloLearner, type SoloSignup } from './learner-signup';
import { findUserByLogin } from './users';

const pw = 'bardzo-tajne-1';
const input = (username: string, password = pw) => ({ displayName: 'Ola Nowak', username, password, password2: password });

describe('a learner joining with a class code', () => {
	it('gets an account of their own (no teacher made it) in the class', async () => {
		const db = classWorld();
		const cls = createClass(db, 'anna', '4b');
		const r = await signUpLearner(db, cls, input(' Ola.Nowak '), '203.0.113.7');
		if (!r.ok) throw new Error(r.message);
		const row = db.select().from(users).where(eq(users.id, r.user.id)).get()!;
		expect(row).toMatchObject({ username: 'ola.nowak', role: 'learner', createdBy: null });
		expect(isMember(db, cls, r.user.id)).toBe(true);
	});

	it('must choose a strong password that is not their name or login', async () => {
		const db = classWorld();
		const cls = createClass(db, 'anna', '4b');
		expect(await signUpLearner(db, cls, input('ola.nowak', 'haslo1234'), '203.0.113.7')).toMatchObject({
			ok: false,
			status: 400,
			message: expect.stringContaining('za słabe')
		});
		expect(await signUpLearner(db, cls, input('ola.nowak', 'nowak-zielony-rower'), '203.0.113.7')).toMatchObject({
			ok: false,
			message: expect.stringContaining('nie może zawierać')
		});
	});

	// Sixty Argon2 hashes: on a busy two-core machine that alone passes the default five seconds.
	it('is limited per address, with a clear Polish message; a taken username does not use up the limit', { timeout: 60_000 }, async () => {
		const db = classWorld();
		const cls = createClass(db, 'anna', '4b');
		const t0 = 1_700_000_000_000;
		expect(await signUpLearner(db, cls, input('ola'), '203.0.113.7', t0)).toMatchObject({
			ok: false,
			message: expect.stringContaining('zajęta')
		});
		for (let i = 0; i < JOIN_QUOTA.limit; i++) expect((await signUpLearner(db, cls, input(`uczen${i}`), '203.0.113.7', t0)).ok).toBe(true);
		const refused = await signUpLearner(db, cls, input('jeszcze-jeden'), '203.0.113.7', t0 + 30 * 60_000);
		expect(refused).toEqual({
			ok: false,
			status: 429,
			message: `Z tej sieci założono w ciągu godziny już ${JOIN_QUOTA.limit} kont — to nasz limit. Spróbuj ponownie za 30 min albo poproś nauczyciela, żeby założył Ci konto.`
		});
		expect((await signUpLearner(db, cls, input('jeszcze-jeden'), '198.51.100.2', t0)).ok).toBe(true);
		// Sixty real sign-ups (Argon2id and a strength check each) take seconds on a busy two-core machine.
	});
});

const solo = (username: string, more: Partial<SoloSignup> = {}): SoloSignup => ({
	displayName: '',
	username,
	email: '',
	password: pw,
	password2: pw,
	locale: 'uk',
	selfLevel: 'A2',
	...more
});

describe('a learner signing up on their own', () => {
	it('gets an account in no class, with the chosen language and level; the username stands in for a name', async () => {
		const db = classWorld();
		const r = await signUpSoloLearner(db, solo('Oksana.K'), '203.0.113.7');
		if (!r.ok) throw new Error(r.message);
		const row = db.select().from(users).where(eq(users.id, r.user.id)).get()!;
		expect(row).toMatchObject({
			username: 'oksana.k',
			displayName: 'oksana.k',
			email: null,
			role: 'learner',
			createdBy: null,
			locale: 'uk'
		});
		expect(db.select().from(learnerProfiles).where(eq(learnerProfiles.userId, r.user.id)).get()).toMatchObject({ selfLevel: 'A2' });
	});

	it('may give an e-mail to sign in with; a malformed or taken one is refused', async () => {
		const db = classWorld();
		const r = await signUpSoloLearner(db, solo('oksana', { email: ' Oksana@Example.PL ', displayName: 'Oksana' }), '203.0.113.7');
		expect(r.ok).toBe(true);
		expect(findUserByLogin(db, 'oksana@example.pl')?.username).toBe('oksana');
		expect(await signUpSoloLearner(db, solo('oksana2', { email: 'oksana@example' }), '203.0.113.7')).toMatchObject({
			ok: false,
			message: expect.stringContaining('poprawny adres e-mail')
		});
		expect(await signUpSoloLearner(db, solo('oksana3', { email: 'oksana@example.pl' }), '203.0.113.7')).toMatchObject({
			ok: false,
			message: expect.stringContaining('Tego adresu e-mail nie można użyć')
		});
	});

	it('meets the same username and password rules as a learner joining a class', async () => {
		const db = classWorld();
		expect(await signUpSoloLearner(db, solo('ola'), '203.0.113.7')).toMatchObject({
			ok: false,
			message: expect.stringContaining('zajęta')
		});
		expect(await signUpSoloLearner(db, solo('x'), '203.0.113.7')).toMatchObject({
			ok: false,
			message: expect.stringContaining('3–32 znaki')
		});
		expect(await signUpSoloLearner(db, solo('oksana', { password: 'haslo1234', password2: 'haslo1234' }), '203.0.113.7')).toMatchObject({
			ok: false,
			message: expect.stringContaining('za słabe')
		});
	});

	it('has a per-address limit of its own, with a message that does not send them to a teacher', async () => {
		const db = classWorld();
		const t0 = 1_700_000_000_000;
		for (let i = 0; i < SOLO_QUOTA.limit; i++) expect((await signUpSoloLearner(db, solo(`sam${i}`), '203.0.113.9', t0)).ok).toBe(true);
		const refused = await signUpSoloLearner(db, solo('jeszcze'), '203.0.113.9', t0 + 1000);
		expect(refused).toMatchObject({ ok: false, status: 429 });
		if (!refused.ok) expect(refused.message).not.toContain('nauczyciel');
	}, 60_000);
});
