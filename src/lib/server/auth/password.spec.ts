import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from './password';

describe('passwords', () => {
	it('hashes with Argon2id and verifies only the right password', async () => {
		const stored = await hashPassword('czytanka-demo');
		expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(stored, 'czytanka-demo')).toBe(true);
		expect(await verifyPassword(stored, 'czytanka-dem0')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});
});

describe('verifyPasswordOrDummy', () => {
	it('is false for a missing user and still checks a real one', async () => {
		expect(await verifyPasswordOrDummy(undefined, 'anything')).toBe(false);
		const stored = await hashPassword('haslo-123');
		expect(await verifyPasswordOrDummy(stored, 'haslo-123')).toBe(true);
	});
});
