const dateFmt = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric' });
const plural = new Intl.PluralRules('pl-PL');

export function formatDate(value: Date | number | string | null | undefined): string {
	if (value === null || value === undefined || value === '') return '';
	const d = value instanceof Date ? value : new Date(value);
	return Number.isNaN(d.getTime()) ? '' : dateFmt.format(d);
}

/** Polish noun agreement: pl(5, ['pytanie', 'pytania', 'pytań']) → '5 pytań'. */
export function pl(n: number, [one, few, many]: [string, string, string]): string {
	const rule = plural.select(n);
	return `${n} ${rule === 'one' ? one : rule === 'few' ? few : many}`;
}
