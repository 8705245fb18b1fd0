import { describe, expect, it } from 'vitest';
import { planNames } from './learner-names';

describe('planNames', () => {
	it('numbers a name given twice and reports it', () => {
		expect(planNames(['Jan Kowalski', 'Ola Nowak', 'jan kowalski'])).toEqual({
			displayNames: ['Jan Kowalski', 'Ola Nowak', 'jan kowalski (2)'],
			repeats: [{ name: 'Jan Kowalski', count: 2, shown: ['Jan Kowalski', 'jan kowalski (2)'] }]
		});
	});

	it('counts names already in the class, and never repeats a numbered name that exists', () => {
		expect(planNames(['Jan Kowalski', 'Jan Kowalski'], ['Jan Kowalski', 'Jan Kowalski (2)', 'Ewa'])).toEqual({
			displayNames: ['Jan Kowalski (3)', 'Jan Kowalski (4)'],
			repeats: [{ name: 'Jan Kowalski', count: 3, shown: ['Jan Kowalski (3)', 'Jan Kowalski (4)'] }]
		});
	});

	it('leaves different names alone', () => {
		expect(planNames(['Ala', 'Ela'], ['Ola'])).toEqual({ displayNames: ['Ala', 'Ela'], repeats: [] });
	});
});
