import { describe, expect, it } from 'vitest';
import { testDb } from '../db/test-db';
import { creationLimitMessage, returnCreationSlot, takeCreationSlot, type CreationQuota } from './creation-limit';

const quota: CreationQuota = { kind: 'signup', limit: 3, windowMs: 3_600_000 };

describe('accounts per address', () => {
	it('allows the limit within an hour, then says how long to wait; the next window starts afresh', () => {
		const db = testDb();
		const t0 = 1_700_000_000_000;
		for (let i = 0; i < 3; i++) expect(takeCreationSlot(db, quota, '203.0.113.1', t0 + i * 1000)).toBe(0);
		expect(takeCreationSlot(db, quota, '203.0.113.1', t0 + 10 * 60_000)).toBe(50 * 60_000);
		expect(takeCreationSlot(db, quota, '203.0.113.2', t0)).toBe(0);
		expect(takeCreationSlot(db, quota, '203.0.113.1', t0 + 3_600_000)).toBe(0);
	});

	it('gives a place back for an account that was not made after all', () => {
		const db = testDb();
		for (let i = 0; i < 3; i++) takeCreationSlot(db, quota, '203.0.113.1', 0);
		returnCreationSlot(db, quota, '203.0.113.1');
		expect(takeCreationSlot(db, quota, '203.0.113.1', 1)).toBe(0);
		expect(takeCreationSlot(db, quota, '203.0.113.1', 2)).toBeGreaterThan(0);
	});

	it('words the limit in Polish with the right plural', () => {
		expect(creationLimitMessage(quota, 61_000)).toBe(
			'Z tej sieci założono w ciągu godziny już 3 konta — to nasz limit. Spróbuj ponownie za 2 min.'
		);
		expect(creationLimitMessage({ ...quota, kind: 'join', limit: 10 }, 1)).toContain(
			'już 10 kont — to nasz limit. Spróbuj ponownie za 1 min albo poproś nauczyciela'
		);
	});
});
