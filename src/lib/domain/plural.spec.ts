import { describe, expect, it } from 'vitest';
import { nounForm, pl } from './plural';

describe('Polish noun agreement', () => {
	const forms = ['osoba', 'osoby', 'osób'] as const;
	it('chooses one, few or many by the number', () => {
		expect([1, 2, 4, 5, 12, 22, 25, 0].map((n) => pl(n, forms))).toEqual([
			'1 osoba',
			'2 osoby',
			'4 osoby',
			'5 osób',
			'12 osób',
			'22 osoby',
			'25 osób',
			'0 osób'
		]);
	});
	it('gives fractions their own form, else the many form', () => {
		expect(nounForm(1.5, ['tysiąc', 'tysiące', 'tysięcy', 'tysiąca'])).toBe('tysiąca');
		expect(nounForm(1.5, forms)).toBe('osób');
	});
});
