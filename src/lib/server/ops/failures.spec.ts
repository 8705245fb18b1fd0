import { describe, expect, it } from 'vitest';
import { classifyFailure, failurePage } from './failures';

const sqliteError = (code: string) => Object.assign(new Error('database or disk is full'), { code });

describe('failures that are not the app’s bug', () => {
	it('a full disk, a read-only or busy database: 503 and a message to try again', () => {
		for (const code of ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_IOERR_WRITE']) {
			expect(classifyFailure(sqliteError(code))?.status, code).toBe(503);
		}
		expect(failurePage(classifyFailure(sqliteError('SQLITE_FULL'))!)).toContain('Spróbuj za chwilę');
	});
	it('a body that cannot be read as a form: 400', () => {
		expect(classifyFailure(new TypeError('Could not parse content as FormData.'))?.status).toBe(400);
	});
	it('anything else is left to the framework', () => {
		expect(classifyFailure(new Error('boom'))).toBeNull();
		expect(classifyFailure(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
	});
});
