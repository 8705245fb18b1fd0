import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id minimum: 19 MiB, 2 iterations, 1 lane (Algorithm.Argon2id is the default).
const OWASP = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 };
// Tests (NODE_ENV=test: Vitest, and the browser tests' server) sign up and sign in hundreds of times; at the real
// cost that was a large share of the suite's CPU. Each hash records its own parameters, so verifying is unaffected.
const TEST = { memoryCost: 1024, timeCost: 1, parallelism: 1, outputLen: 32 };

/** The hashing cost: OWASP's everywhere except in tests. */
export function hashOptions(env: Record<string, string | undefined> = process.env) {
	return env.NODE_ENV === 'test' ? TEST : OWASP;
}

const options = hashOptions();

export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
	try {
		return await verify(stored, password);
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throwaway hash when there is no such user, so the reply time does not reveal which names exist. */
export async function verifyPasswordOrDummy(stored: string | undefined, password: string): Promise<boolean> {
	if (stored) return verifyPassword(stored, password);
	dummyHash ??= hashPassword('no-such-user-' + crypto.randomUUID());
	await verifyPassword(await dummyHash, password);
	return false;
}
