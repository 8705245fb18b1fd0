import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id minimum: 19 MiB, 2 iterations, 1 lane (Algorithm.Argon2id is the default).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 };

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
