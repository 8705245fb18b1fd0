import { describe, expect, it } from 'vitest';
import { countedLike } from './distractors';
import { generateQuestions } from './generate';

describe('countedLike', () => {
	it('keeps only numbers that take the noun in the answer’s form, and fills the place with near ones', () => {
		// 8 stopni: 4 (stopnie) and 23 (stopnie) do not fit; 5 and 12 (stopni) do.
		const out = countedLike('8', ['4', '12', '23']);
		expect(out).toContain('12');
		expect(out).not.toContain('4');
		expect(out).not.toContain('23');
		expect(out).toHaveLength(3);
		for (const n of out) expect(new Intl.PluralRules('pl').select(Number(n))).toBe('many');
	});

	it('keeps the "few" form for 2–4, 22–24 …', () => {
		const out = countedLike('3', ['5', '4', '22']);
		expect(out.slice(0, 2)).toEqual(['4', '22']);
		for (const n of out) expect(new Intl.PluralRules('pl').select(Number(n))).toBe('few');
	});

	it('leaves an answer that carries its own noun alone', () => {
		expect(countedLike('8 stopni', ['4 stopnie', '12 stopni'])).toEqual(['4 stopnie', '12 stopni']);
	});
});

describe('gaps before a counted noun', () => {
	const text =
		'Anna Nowak mieszka w Gdańsku od wielu lat. W poniedziałek w Gdańsku było tylko 2 stopnie i padał deszcz. ' +
		'W czwartek termometr w ogrodzie pokazywał już 8 stopni i świeciło słońce. Hotel przy plaży ma 45 pokoi i małą restaurację. ' +
		'W sobotę do hotelu przyjechało 23 gości z Niemiec i Francji.';

	it('offers only numbers that fit the noun after the gap', () => {
		const gaps = generateQuestions(text, { max: 20 }).filter((q) => q.type === 'gap' && /^\d+$/.test(q.answer));
		expect(gaps.length).toBeGreaterThan(0);
		const form = (n: string) => new Intl.PluralRules('pl').select(Number(n));
		for (const g of gaps) for (const o of g.options) expect(form(o), `${o} in "${g.prompt}"`).toBe(form(g.answer));
	});
});
