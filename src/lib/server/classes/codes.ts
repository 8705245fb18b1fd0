import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { classes } from '../db/schema';
import { cryptoInt, type RandomInt } from '../users/easy-password';

/** No 0/O, 1/I/L: a code read aloud or copied from a board must not be misread. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 7;

export function generateClassCode(random: RandomInt = cryptoInt): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
	return code;
}

/** 31^7 ≈ 27 billion codes, so a clash is rare; retry a few times rather than fail. */
export function unusedClassCode(db: Db, random: RandomInt = cryptoInt): string {
	for (let i = 0; i < 20; i++) {
		const code = generateClassCode(random);
		if (!db.select({ id: classes.id }).from(classes).where(eq(classes.code, code)).get()) return code;
	}
	throw new Error('No free class code after 20 tries');
}
