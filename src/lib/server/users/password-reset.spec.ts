import { describe, expect, it, vi } from 'vitest';
import { testDb } from '../db/test-db';
import { createSession, validateSessionToken } from '../auth/session';
import { deviceEntryFor, issueDeviceEntry } from '../auth/device-cookie';
import { accountKey, recordLoginFailure, throttleWait } from '../auth/throttle';
import { verifyPassword } from '../auth/password';
import type { Mail } from '../mail/send';
import { createUser, findUserByLogin } from './users';
import { GONE, requestPasswordReset, resetAccount, resetPassword } from './password-reset';

const ORIGIN = 'https://czytanka.example.pl';
const NEW = 'kasztan-rower-parasol-7';

async function school() {
	const db = testDb();
	const anna = await createUser(db, {
		username: 'anna.nowak',
		email: 'anna@szkola.pl',
		displayName: 'Anna Nowak',
		role: 'teacher',
		password: 'stare-haslo-1'
	});
	// Learners a teacher made have no e-mail as a rule; one that has must still get no link (the teacher resets it).
	await createUser(db, {
		username: 'ola',
		email: 'ola@szkola.pl',
		displayName: 'Ola',
		role: 'learner',
		password: 'stare-haslo-1',
		createdBy: anna.id
	});
	const sent: Mail[] = [];
	const delivery = { origin: ORIGIN, send: async (m: Mail) => void sent.push(m) };
	return { db, anna, sent, delivery };
}

const tokenIn = (mail: Mail) => /\/haslo\/nowe\/([A-Za-z0-9_-]{43})\n/.exec(mail.text)![1];

describe('asking for a reset link', () => {
	it('answers a teacher’s, a learner’s and an unknown address alike; only the teacher gets mail', async () => {
		const { db, sent, delivery } = await school();
		const answers = ['anna@szkola.pl', 'ola@szkola.pl', 'nikt@szkola.pl'].map((email, i) => {
			const a = requestPasswordReset(db, email, `203.0.113.${i}`, delivery);
			return JSON.stringify(a).replace(email, 'ADRES');
		});
		expect(new Set(answers).size).toBe(1);
		expect(JSON.parse(answers[0])).toEqual({ status: 200, body: { requested: true, email: 'ADRES' } });
		expect(sent.map((m) => m.to)).toEqual(['anna@szkola.pl']);
		expect(sent[0].subject).toBe('Czytanka: ustaw nowe hasło');
		expect(sent[0].text).toContain(`${ORIGIN}/haslo/nowe/`);
		expect(sent[0].text).toContain('przez godzinę i tylko raz');
	});

	it('sends a link to a self-study learner who gave an e-mail', async () => {
		const { db, sent, delivery } = await school();
		await createUser(db, {
			username: 'oksana',
			email: 'oksana@example.pl',
			displayName: 'Oksana',
			role: 'learner',
			password: 'stare-haslo-1'
		});
		expect(requestPasswordReset(db, 'oksana@example.pl', '203.0.113.5', delivery).status).toBe(200);
		expect(sent.map((m) => m.to)).toEqual(['oksana@example.pl']);
	});

	it('does not wait for the mail server, and a failed send is logged without the token', async () => {
		const { db } = await school();
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		let tried: Mail | undefined;
		const never = { origin: ORIGIN, send: (m: Mail) => ((tried = m), Promise.reject(new Error('connect ECONNREFUSED'))) };
		expect(requestPasswordReset(db, 'anna@szkola.pl', '203.0.113.1', never).status).toBe(200);
		await vi.waitFor(() => expect(errors).toHaveBeenCalled());
		expect(String(errors.mock.calls[0][0])).toContain('ECONNREFUSED');
		expect(String(errors.mock.calls[0][0])).not.toContain(tokenIn(tried!));
		errors.mockRestore();
	});

	it('limits each address typed to three an hour, known or not, with the same message', async () => {
		const { db, sent, delivery } = await school();
		const t0 = 1_800_000_000_000;
		const ask = (email: string, n: number) => requestPasswordReset(db, email, `198.51.100.${n}`, delivery, t0 + n * 1000);
		const known = [1, 2, 3, 4].map((n) => ask('anna@szkola.pl', n));
		const unknown = [1, 2, 3, 4].map((n) => ask('nikt@szkola.pl', n));
		expect(known.map((a) => a.status)).toEqual([200, 200, 200, 429]);
		expect(unknown.map((a) => a.status)).toEqual([200, 200, 200, 429]);
		expect(JSON.stringify(known[3]).replace('anna@szkola.pl', 'A')).toBe(JSON.stringify(unknown[3]).replace('nikt@szkola.pl', 'A'));
		expect(sent).toHaveLength(3);
		expect(requestPasswordReset(db, 'anna@szkola.pl', '198.51.100.9', delivery, t0 + 3_600_000 + 1000).status).toBe(200);
	});

	it('limits one client address to twenty an hour, whatever it types', async () => {
		const { db, delivery } = await school();
		const statuses = Array.from({ length: 21 }, (_, n) => requestPasswordReset(db, `x${n}@szkola.pl`, '192.0.2.1', delivery, n).status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(20);
		const refused = requestPasswordReset(db, 'anna@szkola.pl', '192.0.2.1', delivery, 30);
		expect(refused.status).toBe(429);
		expect(refused.body).toMatchObject({ message: expect.stringContaining('Z tej sieci') });
	});
});

describe('setting the new password with the link', () => {
	it('works once: the password changes, sessions and device cookies end, and the sign-in count starts afresh', async () => {
		const { db, anna, sent, delivery } = await school();
		const session = createSession(db, anna.id);
		const device = issueDeviceEntry(db, [], anna);
		expect(deviceEntryFor(db, device, anna)).not.toBeNull();
		recordLoginFailure(db, Array(8).fill(accountKey(anna.username)));
		requestPasswordReset(db, 'anna@szkola.pl', '203.0.113.1', delivery);
		const token = tokenIn(sent[0]);
		expect(resetAccount(db, token)?.email).toBe('anna@szkola.pl');

		expect(await resetPassword(db, token, { password: NEW, password2: NEW })).toEqual({ ok: true });
		const after = findUserByLogin(db, 'anna@szkola.pl')!;
		expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
		expect(await verifyPassword(after.passwordHash, 'stare-haslo-1')).toBe(false);
		expect(validateSessionToken(db, session.token)).toBeNull();
		// Device cookies are signed with the password hash: the new hash ends them.
		expect(deviceEntryFor(db, device, after)).toBeNull();
		expect(throttleWait(db, [accountKey(anna.username)])).toBe(0);

		expect(await resetPassword(db, token, { password: 'inne-zielone-drzewo-5', password2: 'inne-zielone-drzewo-5' })).toEqual({
			ok: false,
			status: 410,
			message: GONE
		});
		expect(await verifyPassword(findUserByLogin(db, 'anna@szkola.pl')!.passwordHash, NEW)).toBe(true);
	});

	it('asks for a strong password without using the link up', async () => {
		const { db, sent, delivery } = await school();
		requestPasswordReset(db, 'anna@szkola.pl', '203.0.113.1', delivery);
		const token = tokenIn(sent[0]);
		expect(await resetPassword(db, token, { password: NEW, password2: 'inne' })).toMatchObject({
			status: 400,
			message: 'Hasła nie są takie same.'
		});
		expect(await resetPassword(db, token, { password: 'password1', password2: 'password1' })).toMatchObject({ status: 400 });
		expect(await resetPassword(db, token, { password: 'anna-nowak-99', password2: 'anna-nowak-99' })).toMatchObject({
			message: expect.stringContaining('nie może zawierać')
		});
		expect(await resetPassword(db, token, { password: NEW, password2: NEW })).toEqual({ ok: true });
	});

	it('of two posts with one link at the same moment, exactly one sets the password', async () => {
		const { db, sent, delivery } = await school();
		requestPasswordReset(db, 'anna@szkola.pl', '203.0.113.1', delivery);
		const token = tokenIn(sent[0]);
		const results = await Promise.all([
			resetPassword(db, token, { password: NEW, password2: NEW }),
			resetPassword(db, token, { password: 'inne-zielone-drzewo-5', password2: 'inne-zielone-drzewo-5' })
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});

	it('refuses an expired, replaced or made-up link', async () => {
		const { db, sent, delivery } = await school();
		const t0 = 1_800_000_000_000;
		requestPasswordReset(db, 'anna@szkola.pl', '203.0.113.1', delivery, t0);
		requestPasswordReset(db, 'anna@szkola.pl', '203.0.113.1', delivery, t0 + 1000);
		const [older, newer] = sent.map(tokenIn);
		const input = { password: NEW, password2: NEW };
		expect(await resetPassword(db, older, input, t0 + 2000)).toMatchObject({ status: 410 });
		expect(await resetPassword(db, newer, input, t0 + 1000 + 3_600_000)).toMatchObject({ status: 410 });
		expect(await resetPassword(db, 'A'.repeat(43), input, t0 + 2000)).toMatchObject({ status: 410 });
		expect(await resetPassword(db, newer, input, t0 + 2000)).toEqual({ ok: true });
	});
});
