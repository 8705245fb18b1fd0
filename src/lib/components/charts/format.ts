/** Display helpers shared by progress and report pages (Polish). */
const dayFmt = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'short', timeZone: 'Europe/Warsaw' });
const dateFmt = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Warsaw' });

export function percent(share: number | null | undefined): string {
	return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

export function signed(x: number | null | undefined, digits = 2): string {
	if (x === null || x === undefined) return '—';
	const s = x.toFixed(digits).replace('.', ',');
	return x > 0 ? `+${s}` : s.replace('-', '−');
}

/** 'YYYY-MM-DD' (a Warsaw week's Monday) or an instant → '6 maj'. */
export function shortDay(v: string | number | Date): string {
	const d = typeof v === 'string' ? new Date(`${v}T12:00:00Z`) : new Date(v);
	return dayFmt.format(d);
}

export function numericDate(v: number | Date | null | undefined): string {
	return v === null || v === undefined ? '—' : dateFmt.format(new Date(v));
}

export function duration(seconds: number): string {
	if (seconds < 60) return seconds > 0 ? 'mniej niż minuta' : '0 min';
	const minutes = Math.round(seconds / 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return h ? `${h} godz. ${m} min` : `${m} min`;
}
