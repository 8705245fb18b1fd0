import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { users } from '../db/schema';
import { pickUsername, takenLike, transliterate, usernameBase } from './usernames';
import { USERNAME_PATTERN } from './validate';

describe('usernames from names', () => {
	it('transliterates Polish letters, including ł which Unicode does not decompose', () => {
		expect(usernameBase('Zażółć Gęślą')).toBe('zazolc.gesla');
		expect(transliterate('ŁUKASZ Świątek')).toBe('lukasz swiatek');
		expect(usernameBase('Zoë Müller')).toBe('zoe.muller');
	});

	it('keeps hyphenated surnames, drops punctuation and extra spaces', () => {
		expect(usernameBase('  Anna   Nowak-Kowalska ')).toBe('anna.nowak-kowalska');
		expect(usernameBase("Seán O'Brien!")).toBe('sean.obrien');
	});

	it('falls back to "uczen" for a name with no Latin letters and stays within the length limit', () => {
		expect(usernameBase('Олег')).toBe('uczen');
		const long = usernameBase('Konstantynopolitańczykowianeczka Wielkopolska');
		expect(long.length).toBeLessThanOrEqual(28);
		expect(long).toMatch(USERNAME_PATTERN);
	});

	it('adds the smallest free number, and a number at once for a too-short base', () => {
		const taken = new Set(['ola', 'ola2']);
		expect(pickUsername('ola', taken)).toBe('ola3');
		expect(pickUsername('ola', taken)).toBe('ola4');
		expect(pickUsername('jo', new Set())).toBe('jo2');
		expect(pickUsername('jo2', new Set())).toMatch(USERNAME_PATTERN);
	});

	it('finds taken names by prefix, treating _ and % literally', () => {
		const db = testDb();
		for (const username of ['ola', 'ola7', 'olaf', 'o_a', 'ola_x'])
			db.insert(users).values({ id: username, username, displayName: 'x', role: 'learner', passwordHash: 'x' }).run();
		expect([...takenLike(db, 'ola')].sort()).toEqual(['ola', 'ola7', 'ola_x', 'olaf']);
		expect([...takenLike(db, 'o_a')]).toEqual(['o_a']);
	});
});
