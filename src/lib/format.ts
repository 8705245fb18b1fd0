const dateFmt = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric' });

export function formatDate(value: Date | number | string | null | undefined): string {
	if (value === null || value === undefined || value === '') return '';
	const d = value instanceof Date ? value : new Date(value);
	return Number.isNaN(d.getTime()) ? '' : dateFmt.format(d);
}

// Only for src/routes/teach/+page.svelte, which another branch is changing now; import from $lib/domain/plural.
export { pl } from './domain/plural';
