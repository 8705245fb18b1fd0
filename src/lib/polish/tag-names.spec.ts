import { describe, expect, it } from 'vitest';
import { describeTag } from './tag-names';

describe('describeTag', () => {
	it('names part of speech, case and number in Polish', () => {
		expect(describeTag('subst:pl:gen:m1')).toBe('rzeczownik, dopełniacz, liczba mnoga');
		expect(describeTag('subst:sg:dat.loc:f')).toBe('rzeczownik, celownik lub miejscownik, liczba pojedyncza');
		expect(describeTag('verb:praet:sg:f:ter:perf:nonrefl')).toBe('czasownik, liczba pojedyncza, czas przeszły');
		expect(describeTag('prep:loc')).toBe('przyimek, miejscownik');
	});
});
