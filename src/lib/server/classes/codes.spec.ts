import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, generateClassCode, unusedClassCode } from './codes';
import { findOpenClassByCode } from './membership';
import { classWorld } from './test-fixtures';
import { classes } from '../db/schema';

describe('class codes', () => {
	it('have no characters that are easy to misread', () => {
		for (const ch of '0O1IL') expect(CODE_ALPHABET).not.toContain(ch);
		for (let i = 0; i < 100; i++) expect(generateClassCode()).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
	});

	it('are found by the join page whatever the case and spacing the learner types', () => {
		const db = classWorld();
		const code = unusedClassCode(db);
		db.insert(classes).values({ id: 'c1', teacherId: 'anna', name: '4b', code }).run();
		const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
		expect(findOpenClassByCode(db, typed)?.id).toBe('c1');
	});

	it('skip a code that is already in use', () => {
		const db = classWorld();
		db.insert(classes).values({ id: 'c1', teacherId: 'anna', name: '4b', code: 'AAAAAAA' }).run();
		const sequence = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1];
		expect(unusedClassCode(db, () => sequence.shift()!)).toBe('BBBBBBB');
	});
});
