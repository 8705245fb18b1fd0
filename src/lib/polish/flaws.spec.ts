import { describe, expect, it } from 'vitest';
import { FLAW_PATTERNS, sourceFlaw } from './flaws';

describe('slips of a published text', () => {
	for (const [, example] of FLAW_PATTERNS) it(`finds: ${example}`, () => expect(sourceFlaw(example)).not.toBeNull());
	it('finds a comma between a noun and its adjective', () => {
		expect(sourceFlaw('Zarząd informuje, że autobusy, miejskie kursują bez przeszkód.')).not.toBeNull();
	});
	it('leaves well-written sentences alone', () => {
		for (const s of [
			'Jeśli senatorowie nie wprowadzą poprawek, to ustawa trafi do prezydenta.',
			'W 2002 r. Rada rozpoczęła pracę, a w 2014 r. ją zawieszono.',
			'Ceny żywności, paliw i energii wzrosły w Polsce o 4,9 proc.',
			'Sąd Najwyższy w Warszawie oddalił kasację obrońcy.'
		])
			expect(sourceFlaw(s), s).toBeNull();
	});
});
