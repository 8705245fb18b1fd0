const plural = new Intl.PluralRules('pl-PL');

/** Polish noun agreement: pl(5, ['pytanie', 'pytania', 'pytań']) → '5 pytań'. */
export function pl(n: number, [one, few, many]: [string, string, string]): string {
	const rule = plural.select(n);
	return `${n} ${rule === 'one' ? one : rule === 'few' ? few : many}`;
}
