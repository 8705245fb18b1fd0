import { decodeBase64, encodeBase64 } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { serverState } from '../db/schema';

const cache = new WeakMap<Db, Map<string, Uint8Array>>();

/**
 * A 256-bit key kept in the database: it survives restarts, and every worker process reads the same one.
 * The first process to need it inserts a random key; if another did so first, the insert is ignored and
 * both read the winner's. Whoever holds a copy of the database already holds the password hashes, so
 * keeping the key beside them exposes nothing new.
 */
export function serverSecret(db: Db, name: string): Uint8Array {
	let byName = cache.get(db);
	if (!byName) cache.set(db, (byName = new Map()));
	const known = byName.get(name);
	if (known) return known;
	const fresh = crypto.getRandomValues(new Uint8Array(32));
	db.insert(serverState)
		.values({ key: name, value: encodeBase64(fresh) })
		.onConflictDoNothing()
		.run();
	const stored = db.select({ value: serverState.value }).from(serverState).where(eq(serverState.key, name)).get();
	if (!stored) throw new Error(`server_state has no ${name} after inserting it`);
	const key = decodeBase64(stored.value);
	byName.set(name, key);
	return key;
}
