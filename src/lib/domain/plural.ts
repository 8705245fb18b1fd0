// Polish noun agreement after a number: 1 pytanie, 2 pytania, 5 pytań, 1,5 pytania.
const rules = new Intl.PluralRules('pl-PL');

/** one, few, many and, for fractions, the genitive singular (defaults to many). */
export type NounForms = readonly [one: string, few: string, many: string, fraction?: string];

/** nounForm(5, ['pytanie', 'pytania', 'pytań']) → 'pytań'. */
export function nounForm(n: number, forms: NounForms): string {
	const rule = rules.select(n);
	if (rule === 'one') return forms[0];
	if (rule === 'few') return forms[1];
	if (rule === 'many') return forms[2];
	return forms[3] ?? forms[2];
}

/** pl(5, ['pytanie', 'pytania', 'pytań']) → '5 pytań'. */
export function pl(n: number, forms: NounForms): string {
	return `${n} ${nounForm(n, forms)}`;
}

/** The CLDR category ('one', 'few', 'many', 'other'): two numbers with the same one take the same noun form. */
export function pluralCategory(n: number): Intl.LDMLPluralRule {
	return rules.select(n);
}
