/** Display helpers shared by progress and report pages (Polish). */

export function percent(share: number | null | undefined): string {
	return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

export function signed(x: number | null | undefined, digits = 2): string {
	if (x === null || x === undefined) return '—';
	const s = x.toFixed(digits).replace('.', ',');
	return x > 0 ? `+${s}` : s.replace('-', '−');
}

export function duration(seconds: number): string {
	if (seconds < 60) return seconds > 0 ? 'mniej niż minuta' : '0 min';
	const minutes = Math.round(seconds / 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return h ? `${h} godz. ${m} min` : `${m} min`;
}

export const SKILL_LABELS: Record<string, string> = {
	time: 'Czas (kiedy?)',
	quantity: 'Liczby (ile?)',
	person: 'Osoby (kto?)',
	place: 'Miejsca (gdzie?)',
	detail: 'Szczegóły',
	sequence: 'Kolejność zdarzeń',
	vocabulary: 'Słownictwo'
};

/** The noun of pl() without the number, for layouts that show the number separately. */
export function noun(n: number, forms: [string, string, string]): string {
	const rule = new Intl.PluralRules('pl-PL').select(n);
	return rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : forms[2];
}
