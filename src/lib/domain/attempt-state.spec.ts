import { describe, expect, it } from 'vitest';
import { attemptState } from './attempt-state';

describe('attemptState', () => {
	it('is done once finished, in progress once answered, else not started', () => {
		expect(attemptState(undefined, null)).toBe('not-started');
		expect(attemptState(0, undefined)).toBe('not-started');
		expect(attemptState(1, null)).toBe('in-progress');
		expect(attemptState(3, new Date())).toBe('done');
	});
});
