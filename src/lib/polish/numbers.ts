import { numberWord } from './number-words';
import { combineNumberTokens, DIGITS_SRC } from './number-parse';
import { findQuantities } from './numbers-find';

export { canonicalUnit } from './number-units';

const WORD_RE = /^(?:\p{L}+\.?|-?\d[\d., \u00a0\u2009\u202f]*)$/u;

/** Split "122tys." / "1,5mln" glued forms and strip trailing punctuation and ordinal dots. */
function tokenize(text: string): string[] {
	const t = text
		.toLowerCase()
		.trim()
		.replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
		.replace(/(\d)(tys\.?|mln\.?|mld\.?|bln\.?)$/u, '$1 $2')
		.replace(/[!?;:,]+$/, '')
		.replace(/(?<!\b(?:tys|mln|mld|bln))\.$/u, '');
	// Digit groups "122 000" must stay one token; words split on spaces.
	const out: string[] = [];
	const re = new RegExp(`-?(?:${DIGITS_SRC})|\\S+`, 'gu');
	for (const m of t.matchAll(re)) out.push(m[0]);
	return out;
}

/**
 * The number a whole text denotes: "122 000", "122 tys.", "1,5 mln", "sto dwadzieścia dwa
 * tysiące", "dwunastego" (ordinals too), "półtora". Vague amounts ("kilkanaście") give null.
 */
export function parsePolishNumber(text: string): number | null {
	// "12." and "12-go" are ordinals written in digits.
	const tokens = tokenize(text.trim().replace(/^(\d+)(?:\.|-(?:go|ego|ym|ej|y|a|ą|e))$/u, '$1'));
	if (tokens.length === 0) return null;
	if (tokens.some((tok) => !WORD_RE.test(tok))) return null;
	const parsed = combineNumberTokens(tokens.map((tok) => (/^\p{L}+\.$/u.test(tok) && !numberWord(tok) ? tok.slice(0, -1) : tok)));
	return parsed ? parsed.value : null;
}

/** Like parsePolishNumber, also accepting a trailing unit: "200 kilometrów" → {200, 'km'}. */
export function parseQuantity(text: string): { value: number; unit?: string } | null {
	const t = text.trim();
	const plain = parsePolishNumber(t);
	if (plain !== null) return { value: plain };
	const found = findQuantities(t, { includeYears: true });
	if (found.length !== 1 || found[0].start !== 0 || (found[0].end !== t.replace(/[.!?]+$/, '').length && found[0].end !== t.length))
		return null;
	return { value: found[0].value, ...(found[0].unit ? { unit: found[0].unit } : {}) };
}

const nf = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 3 });

/**
 * Polish digit grouping ("122 000", "1222", "4,9"). Plain spaces by default so strings compare
 * equal to typed text; pass nbsp for display, where a line must not break inside a number.
 */
export function formatPolishNumber(n: number, opts: { nbsp?: boolean } = {}): string {
	// Intl formatting is slow next to a lookup, and question generation formats the same figures again and again.
	// (-0 prints "-0" but shares 0's key.)
	let s = Object.is(n, -0) ? nf.format(n) : formatted.get(n);
	if (s === undefined) {
		s = nf.format(n);
		if (formatted.size > 5000) formatted.clear();
		formatted.set(n, s);
	}
	return opts.nbsp ? s : s.replace(/[\u00a0\u202f]/g, ' ');
}

const formatted = new Map<number, string>();

export { findQuantities, isYearLike } from './numbers-find';
