import { dateWordForms } from '../polish/date-words';
import { foldDiacritics } from '../polish/normalize';
import { numberWordForms } from '../polish/number-words';
import { unitForms } from '../polish/number-units';

let fixed: Map<string, string> | null = null;

/** Number, date and unit words keyed by their diacritics-free spelling ("tysiace" → "tysiące"). */
function fixedVocabulary(): Map<string, string> {
	if (fixed) return fixed;
	fixed = new Map();
	for (const w of [...numberWordForms(), ...dateWordForms(), ...unitForms()]) {
		const f = foldDiacritics(w.toLocaleLowerCase('pl'));
		if (f !== w.toLocaleLowerCase('pl') && !fixed.has(f)) fixed.set(f, w.toLocaleLowerCase('pl'));
	}
	return fixed;
}

/**
 * Puts back Polish letters a learner left out, using the expected answer's own words and the
 * number/date vocabulary, so "sto dwadziescia dwa tysiace" can be read as a number at all.
 */
export function restoreDiacritics(given: string, expected: string): { text: string; words: string[] } {
	const own = new Map<string, string>();
	for (const w of expected.match(/\p{L}+/gu) ?? []) {
		const lw = w.toLocaleLowerCase('pl');
		const f = foldDiacritics(lw);
		if (f !== lw) own.set(f, lw);
	}
	const vocab = fixedVocabulary();
	const words: string[] = [];
	const text = given.replace(/\p{L}+/gu, (w) => {
		const f = foldDiacritics(w.toLocaleLowerCase('pl'));
		const to = own.get(f) ?? vocab.get(f);
		if (!to || to === w.toLocaleLowerCase('pl')) return w;
		words.push(to);
		return to;
	});
	return { text, words };
}
