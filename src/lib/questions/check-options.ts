import { foldDiacritics, normalizeAnswer } from '../polish/normalize';
import { ok, wrong, type Match } from './check-notes';

const same = (a: string, b: string) => normalizeAnswer(a) === normalizeAnswer(b);
const sameFolded = (a: string, b: string) => foldDiacritics(normalizeAnswer(a)) === foldDiacritics(normalizeAnswer(b));

/**
 * Index of the option a learner meant: its text (diacritics optional), its letter ("b", "B)")
 * or its number ("2."). Option text wins, so options that are themselves numbers still work.
 */
export function optionIndex(options: string[], given: string): number | null {
	const exact = options.findIndex((o) => same(o, given));
	if (exact >= 0) return exact;
	const folded = options.findIndex((o) => sameFolded(o, given));
	if (folded >= 0) return folded;
	const g = normalizeAnswer(given)
		.replace(/[).:]$/, '')
		.trim();
	if (/^[a-z]$/.test(g) && g.charCodeAt(0) - 97 < options.length) return g.charCodeAt(0) - 97;
	if (/^\d{1,2}$/.test(g) && Number(g) >= 1 && Number(g) <= options.length) return Number(g) - 1;
	return null;
}

const TRUE_WORDS = new Set(['prawda', 'tak', 'p', 't', 'true', 'prawdziwe', 'prawdziwy', 'yes']);
const FALSE_WORDS = new Set(['fałsz', 'falsz', 'nie', 'f', 'n', 'false', 'nieprawda', 'fałszywe', 'falszywe', 'no']);

function truthValue(text: string): boolean | null {
	const t = normalizeAnswer(text).replace(/[).:!]$/, '');
	if (TRUE_WORDS.has(t)) return true;
	if (FALSE_WORDS.has(t)) return false;
	return null;
}

export function matchTrueFalse(answer: string, given: string, options: string[] = []): Match | null {
	const expected = truthValue(answer);
	if (expected === null) return null;
	let g = truthValue(given);
	if (g === null && options.length) {
		const i = optionIndex(options, given);
		if (i !== null) g = truthValue(options[i]);
	}
	if (g === null) return wrong('Odpowiedz „prawda” albo „fałsz”.');
	return g === expected ? ok() : wrong();
}

/** "1, 3, 2" / "a-c-b" / one item per line / "A | B | C" → option indexes; null if any is unknown. */
function sequenceOf(text: string, options: string[]): number[] | null {
	const t = text.trim();
	const compact = /^[\da-z](?:\s*[,;\s>→-]+\s*[\da-z])+$/i.test(t) && !options.some((o) => same(o, t));
	const parts = t.includes('\n') ? t.split(/\r?\n/) : compact ? t.split(/\s*[,;\s>→-]+\s*/) : t.split(/\s*(?:\||;|→|>)\s*/);
	const items = parts.map((p) => p.replace(/^\s*\d+[.)]\s+/, '').trim()).filter(Boolean);
	const out: number[] = [];
	for (const item of items) {
		const i = optionIndex(options, item);
		if (i === null) return null;
		out.push(i);
	}
	return out;
}

/** Ordering questions: the whole sequence must be exactly right. */
export function matchOrder(answer: string, given: string, options: string[]): Match {
	const expected = sequenceOf(answer, options);
	const g = sequenceOf(given, options);
	if (!expected || !g) return wrong();
	const right = expected.length === g.length && expected.every((v, i) => v === g[i]);
	return right ? ok() : wrong();
}
