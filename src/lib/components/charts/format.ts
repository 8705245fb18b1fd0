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
