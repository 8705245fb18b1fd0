import { describe, expect, it } from 'vitest';
import { hash } from '@node-rs/argon2';
import { hashOptions, hashPassword, verifyPassword, verifyPasswordOrDummy } from './password';

describe('passwords', () => {
	it('hashes with Argon2id at OWASP cost outside tests, and a hash made so verifies here', async () => {
		for (const NODE_ENV of ['production', 'development', undefined]) {
			expect(hashOptions({ NODE_ENV })).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 });
		}
		const stored = await hash('czytanka-demo', hashOptions({ NODE_ENV: 'production' }));
		expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(stored, 'czytanka-demo')).toBe(true);
		expect(await verifyPassword(stored, 'czytanka-dem0')).toBe(false);
	});

	it('hashes with Argon2id and verifies only the right password', async () => {
		const stored = await hashPassword('czytanka-demo');
		expect(stored).toMatch(/^\$argon2id\$v=19\$/);
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
