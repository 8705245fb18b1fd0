import { combineNumberTokens, DIGITS_SRC, type ParsedNumber } from './number-parse';
import { numberWord } from './number-words';
import { matchUnitAt } from './number-units';
import { withFastLetters } from './fast-letters';

export interface Quantity {
	start: number;
	end: number;
	text: string;
	value: number;
	/** Canonical unit: 'km', 'm', 'ha', 'zł', 'EUR', 'USD', '%', 'pp', '°C', … */
	unit?: string;
}

interface Tok {
	text: string;
	start: number;
	end: number;
	digits: boolean;
}

// Every word of the text is scanned: letters spelled out (fast-letters.ts), not \p{L}.
const TOKEN_RE = withFastLetters(new RegExp(`(?<![\\p{L}\\p{N}])(?:${DIGITS_SRC})(?![\\p{N}])|\\p{L}+`, 'gu'));
const MONTH_EN = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_GEN = '(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)';
const DAY_BEFORE_MONTH = new RegExp(`^\\s+${MONTH_GEN}(?![\\p{L}])`, 'iu');
const MONTH_BEFORE = new RegExp(`(?:${MONTH_GEN}\\s+|${MONTH_EN}\\s+\\d{1,2},?\\s*)$`, 'iu');
/** Embedded English posts: "January 7, 2022". */
const EN_MONTH_BEFORE = new RegExp(`${MONTH_EN}\\s+$`, 'u');
const YEAR_AFTER = /^\s*(?:r\.|r(?![\p{L}])|rok|roku|rokiem|roczn)/iu;
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:w|we|od|do|po|przed|sprzed|roku|rok|latach|lata|sezonie)\s+$/iu;
const RANGE_NEIGHBOUR_AFTER = /^\s*[-–—]\s*\d{4}(?!\d)/;
const RANGE_NEIGHBOUR_BEFORE = /(?<!\d)\d{4}\s*[-–—]\s*$/;
/** Numbers that label rather than count: "nr 5", "art. 7", "godz. 12". */
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:nr|numer|art|ust|pkt|poz|str|godz|tom)\.?\s+$/iu;
const DECADE_BEFORE = /(?:^|[^\p{L}])(?:latach|lata|lat)\s+$/iu;

/**
 * A 4-digit number between 1000 and 2100 used as a year: "w 2002 roku", "2002 r.", "w 2002",
 * "12 stycznia 2022", "2016–2019". Such numbers belong to dates.ts, not to quantities.
 */
export function isYearLike(text: string, start: number, end: number): boolean {
	const s = text.slice(start, end);
	if (!/^\d{4}$/.test(s)) return false;
	const v = Number(s);
	if (v < 1000 || v > 2100) return false;
	const after = text.slice(end, end + 24);
	const before = text.slice(Math.max(0, start - 24), start);
	if (YEAR_AFTER.test(after)) return true;
	if (matchUnitAt(text, end)) return false;
	return RANGE_NEIGHBOUR_AFTER.test(after) || RANGE_NEIGHBOUR_BEFORE.test(before) || YEAR_BEFORE.test(before) || MONTH_BEFORE.test(before);
}

function tokens(text: string): Tok[] {
	const out: Tok[] = [];
	for (const m of text.matchAll(TOKEN_RE)) {
		let end = m.index + m[0].length;
		// Keep the dot of "tys." / "mln." in the token so the quantity's span covers it.
		if (text[end] === '.' && /^(tys|mln|mld|bln)$/i.test(m[0])) end++;
		out.push({ text: text.slice(m.index, end), start: m.index, end, digits: /\d/.test(m[0]) });
	}
	return out;
}

/** Only plain spaces (no punctuation, no line break) may separate the words of one numeral. */
const joined = (text: string, a: Tok, b: Tok) => /^[ \u00a0\u2009\u202f]{1,2}$/.test(text.slice(a.end, b.start));

function skipAsNonQuantity(text: string, t: Tok, end: number): boolean {
	const before = text.slice(Math.max(0, t.start - 24), t.start);
	const after = text.slice(end, end + 24);
	if (!t.digits) return false;
	if (isYearLike(text, t.start, t.end)) return true;
	if (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 31 && DAY_BEFORE_MONTH.test(text.slice(t.end, t.end + 24))) return true;
	if (/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text.slice(t.start, t.start + 12))) return true;
	if (/\d[.:]$/.test(before) || EN_MONTH_BEFORE.test(before) || /^[:.]\d/.test(text.slice(t.end))) return true;
	if (/[\p{L}][-–]$/u.test(before) || /^-\p{L}/u.test(text.slice(t.end))) return true;
	if (/^\.?\s*(?:-?tych|-te|te)\b/u.test(after)) return true;
	return LABEL_BEFORE.test(before) || DECADE_BEFORE.test(before);
}

export function findQuantities(text: string, opts: { includeYears?: boolean } = {}): Quantity[] {
	const toks = tokens(text);
	const out: Quantity[] = [];
	for (let i = 0; i < toks.length; i++) {
		const first = toks[i];
		if (!first.digits && !numberWord(first.text)) continue;
		let best: { j: number; parsed: ParsedNumber } | null = null;
		for (let j = i; j < toks.length && j < i + 8; j++) {
			if (j > i && !joined(text, toks[j - 1], toks[j])) break;
			const tj = toks[j];
			if (!tj.digits && !numberWord(tj.text)) break;
			const parsed = combineNumberTokens(toks.slice(i, j + 1).map((t) => t.text));
			if (parsed) best = { j, parsed };
		}
		if (!best || best.parsed.ordinal) continue;
		const last = toks[best.j];
		const unit = matchUnitAt(text, last.end);
		const end = unit ? unit.end : last.end;
		if (best.parsed.weak && !unit) continue;
		if (best.j === i && !opts.includeYears && skipAsNonQuantity(text, first, end)) continue;
		out.push({
			start: first.start,
			end,
			text: text.slice(first.start, end),
			value: best.parsed.value,
			...(unit ? { unit: unit.unit } : {})
		});
		while (i + 1 < toks.length && toks[i + 1].start < end) i++;
	}
	return out;
}
