// Other spellings of a learner's answer that mean the same as what they typed, so that the number
// and date matchers see them too: decimals in words ("dwa przecinek jeden procent" → "2,1 procent"),
// the year before "roku" ("w roku tysiąc trzysta siedemdziesiątym szóstym" → "w tysiąc … szóstym roku"),
// a counted noun after the amount ("siedem tysięcy lat" → "siedem tysięcy").
import { parsePolishNumber } from './numbers';

/** The longest run of words at the end (or start) of `words` that reads as one number. */
function numberAt(words: string[], fromEnd: boolean): { value: number; count: number } | null {
	for (let n = words.length; n >= 1; n--) {
		const part = fromEnd ? words.slice(words.length - n) : words.slice(0, n);
		const value = parsePolishNumber(part.join(' '));
		if (value !== null && Number.isInteger(value)) return { value, count: n };
	}
	return null;
}

/** "dwa przecinek jeden procent" → "2,1 procent"; null when there is no such decimal. */
function decimalInWords(text: string): string | null {
	const words = text.trim().split(/\s+/);
	const at = words.findIndex((w) => /^przecinek$/i.test(w));
	if (at <= 0) return null;
	const left = numberAt(words.slice(0, at), true);
	const right = numberAt(words.slice(at + 1), false);
	if (!left || !right) return null;
	const digits = String(right.value);
	// "dwa przecinek zero pięć" is read digit by digit only when written so; one number after the comma is its digits.
	const joined = `${left.value},${digits}`;
	return [...words.slice(0, at - left.count), joined, ...words.slice(at + 1 + right.count)].join(' ');
}

/** "w roku 1376", "roku tysiąc trzysta siedemdziesiątym szóstym" → the same with "roku" after the year. */
function yearBeforeRoku(text: string): string | null {
	const m = /^(w\s+)?roku\s+(.+?)\.?$/iu.exec(text.trim());
	return m ? `${m[1] ?? 'w '}${m[2]} roku` : null;
}

/** "siedem tysięcy lat" → "siedem tysięcy": the amount without the noun it counts. */
function amountWithoutNoun(text: string): string | null {
	const words = text.trim().split(/\s+/);
	if (words.length < 2) return null;
	const last = words.at(-1)!;
	if (!/^\p{L}+$/u.test(last) || parsePolishNumber(last) !== null) return null;
	const rest = words.slice(0, -1).join(' ');
	return parsePolishNumber(rest.replace(/^(około|ok\.|ponad|prawie|blisko|niemal)\s+/i, '')) !== null ? rest : null;
}

/**
 * The answer as typed and its equivalent spellings, first the typed one. `withoutNoun` also offers the
 * amount without a counted noun, for an expected answer that is a bare amount.
 */
export function answerVariants(text: string, opts: { withoutNoun?: boolean } = {}): string[] {
	const out = [text];
	const decimal = decimalInWords(text);
	if (decimal) out.push(decimal);
	for (const t of [...out]) {
		const year = yearBeforeRoku(t);
		if (year) out.push(year);
		const bare = opts.withoutNoun ? amountWithoutNoun(t) : null;
		if (bare) out.push(bare);
	}
	return [...new Set(out)];
}
