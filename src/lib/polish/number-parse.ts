import { isTeen, numberWord, type NumberWord } from './number-words';

const SPACE = '[ \\u00a0\\u2009\\u202f]';
/** Digits with optional thousands groups (space or dot) and a decimal part (comma or dot). */
export const DIGITS_SRC = `\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?|\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?|\\d+(?:[.,]\\d+)?`;
const DIGITS_WHOLE = new RegExp(`^-?(?:${DIGITS_SRC})$`);

/** Value of a digit string: "122 000" → 122000, "4,9" → 4.9, "1.500" → 1500, "4.9" → 4.9. */
function parseDigits(raw: string): number | null {
	const s = raw.trim();
	if (!DIGITS_WHOLE.test(s)) return null;
	let t = s.replace(/[ \u00a0\u2009\u202f]/g, '');
	// A single dot before exactly three digits is a thousands separator in Polish texts ("1.500 zł").
	if (/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
	else if (/\..*\./.test(t)) t = t.replace(/\.(?=.*[.,])/g, '');
	const n = Number(t.replace(',', '.'));
	return Number.isFinite(n) ? n : null;
}

export interface ParsedNumber {
	value: number;
	ordinal: boolean;
	/** The expression is a bare weak word ("jeden", "pół") or a bare plural multiplier. */
	weak: boolean;
}

/**
 * Combine numeral tokens left to right: parts add up inside a group (each of lower rank than the
 * last), a multiplier closes the group. Returns null for anything that is not one well-formed number.
 */
export function combineNumberTokens(tokens: string[]): ParsedNumber | null {
	let total = 0;
	let group = 0;
	let hasGroup = false;
	let lastRank = 5;
	let lastMult = Infinity;
	let ordinal = false;
	let weakOnly = true;
	for (const tok of tokens) {
		const digits = /\d/.test(tok) ? parseDigits(tok) : null;
		const w: NumberWord | undefined = digits !== null ? { value: digits, kind: 'part', rank: 4 } : numberWord(tok);
		if (!w || w.kind === 'vague') return null;
		if (w.ordinal) ordinal = true;
		if (w.kind === 'part') {
			if (w.rank >= lastRank) return null;
			group += w.value;
			hasGroup = true;
			lastRank = digits !== null ? 0 : isTeen(w) ? 1 : w.rank;
			if (!w.weak) weakOnly = false;
			continue;
		}
		if (w.value >= lastMult) return null;
		if (!hasGroup && w.plural) return null;
		if (hasGroup || !w.plural) weakOnly = false;
		total += (hasGroup ? group : 1) * w.value;
		lastMult = w.value;
		group = 0;
		hasGroup = false;
		lastRank = 4;
	}
	if (tokens.length === 0) return null;
	return { value: total + group, ordinal, weak: weakOnly };
}
