import { describe, expect, it } from 'vitest';
import { demoWanted } from './demo-rule';

describe('when a new database gets the demo accounts', () => {
	it('gets them for the default database, i.e. when no DATABASE_PATH is named', () => {
		expect(demoWanted({})).toBe(true);
	});
	it('never in a database named by DATABASE_PATH, unless DEMO=1', () => {
		expect(demoWanted({ DATABASE_PATH: '/srv/szkola.db' })).toBe(false);
		expect(demoWanted({ DATABASE_PATH: 'data/czytanka.db' })).toBe(false);
		expect(demoWanted({ DATABASE_PATH: '/tmp/e2e.db', DEMO: '1' })).toBe(true);
	});
	it('not at all with DEMO=0', () => {
		expect(demoWanted({ DEMO: '0' })).toBe(false);
		expect(demoWanted({ DEMO: '0', DATABASE_PATH: '/tmp/x.db' })).toBe(false);
	});
	it('follows what npm start decided for its default database (scripts/start.mjs sets DEMO before DATABASE_PATH)', () => {
		expect(demoWanted({ DEMO: '1', DATABASE_PATH: 'data/czytanka.db' })).toBe(true);
		expect(demoWanted({ DEMO: '0', DATABASE_PATH: 'data/czytanka.db' })).toBe(false);
	});
});
