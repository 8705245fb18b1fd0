import { describe, expect, it } from 'vitest';
import { duration, percent, signed } from './format';

describe('report formatting', () => {
	it('writes shares, signed indices and durations in Polish', () => {
		expect(percent(2 / 3)).toBe('67%');
		expect(percent(null)).toBe('—');
		expect(signed(0.5)).toBe('+0,50');
		expect(signed(-0.25)).toBe('−0,25');
		expect(duration(3720)).toBe('1 godz. 2 min');
		expect(duration(30)).toBe('mniej niż minuta');
	});
});
