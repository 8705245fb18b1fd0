import { stringify } from 'csv-stringify/sync';

/**
 * CSV for Polish Excel: with Polish regional settings the decimal separator is a comma, so Excel's list
 * separator — the one it splits a double-clicked .csv on — is ';'. The BOM makes Excel read UTF-8
 * (without it, it assumes Windows-1250 and garbles ą, ę, ł). Decimals are written with a comma so they
 * stay numbers; CRLF line ends as Excel writes them itself.
 */
export type Cell = string | number | null | undefined;

export function toCsv(header: string[], rows: Cell[][]): string {
	return stringify([header.map(cellText), ...rows.map((r) => r.map(cellText))], { bom: true, delimiter: ';', record_delimiter: 'windows' });
}

function cellText(v: Cell): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2).replace('.', ',');
	// A leading = + - @ would run as a formula in Excel (CSV injection): prefix with an apostrophe.
	return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** ASCII file name for old clients plus the UTF-8 one (RFC 5987) for Polish letters. */
export function csvHeaders(name: string): Record<string, string> {
	// A title cut at 40 UTF-16 units can end in half an emoji; encodeURIComponent throws on it (a 500).
	const fileName = name.replace(/\p{Surrogate}/gu, '');
	const ascii = fileName
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.replace(/[^\w.-]+/g, '-');
	return {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
		'cache-control': 'private, no-store'
	};
}
