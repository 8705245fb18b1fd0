import { isKnownWord, lemmas, morphologyInfo } from '../polish/morphology';
import { allowedTypos, answerWords, foldDiacritics, sameStem, typoDistance } from '../polish/normalize';
import { ok, wrong, type Match, type Note } from './check-notes';

/** A bare preposition in front of the answer ("w Warszawie") says nothing about its correctness. */
const LEADING_PREPOSITIONS = new Set(['w', 'we', 'na', 'do', 'z', 'ze', 'od', 'przez', 'o', 'po', 'u', 'przy', 'dla']);

export type WordLevel = 'exact' | 'form' | 'diacritics' | 'typo';
const RANK: Record<WordLevel, number> = { exact: 0, form: 1, diacritics: 2, typo: 3 };

const lower = (w: string) => w.toLocaleLowerCase('pl');

export function stripLeadingPrepositions(words: string[]): string[] {
	let i = 0;
	while (i < words.length - 1 && LEADING_PREPOSITIONS.has(lower(words[i]))) i++;
	return words.slice(i);
}

/** Learners' capitals are unreliable ("polska" for "Polska"), so every casing is looked up. */
function lemmaSet(w: string): Set<string> {
	const low = lower(w);
	const cap = low.charAt(0).toLocaleUpperCase('pl') + low.slice(1);
	return new Set([...lemmas(w), ...lemmas(low), ...lemmas(cap)]);
}

function sameLemma(a: string, b: string): boolean {
	const lb = lemmaSet(b);
	return [...lemmaSet(a)].some((l) => lb.has(l));
}

/** With the real dictionary, two known words without a shared lemma are different words. */
function knownDifferent(a: string, b: string): boolean {
	return morphologyInfo().source === 'polimorf' && isKnownWord(a) && isKnownWord(b);
}

/**
 * How a learner's word relates to the expected one: the same word, another case form of it,
 * the same without Polish letters, or a small typo. Null when it is a different word, including
 * a "typo" that spells another real word ("kot" is never a typo of "kit").
 */
export function wordMatch(expected: string, given: string): WordLevel | null {
	const e = lower(expected);
	const g = lower(given);
	if (e === g) return 'exact';
	if (sameLemma(expected, given)) return 'form';
	const different = knownDifferent(e, g);
	if (!different && sameStem(e, g)) return 'form';
	const ef = foldDiacritics(e);
	const gf = foldDiacritics(g);
	if (ef === gf) return 'diacritics';
	// "C7osure", "787-3", "10-16": a changed digit is a different answer, never a typo.
	if (/\d/.test(e + g)) return null;
	if (g === gf && !isKnownWord(g) && sameStem(ef, gf)) return 'diacritics';
	const max = allowedTypos(e.length);
	if (max > 0 && typoDistance(ef, gf, max) <= max) {
		if (isKnownWord(g) && !sameLemma(e, g)) return null;
		return 'typo';
	}
	return null;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * Word-by-word comparison of free-text answers. Every given word must match a distinct expected
 * word; all expected words must be covered, except that a surname alone answers for a full name.
 */
export function matchText(expected: string, given: string): Match {
	const ew = stripLeadingPrepositions(answerWords(expected));
	const gw = stripLeadingPrepositions(answerWords(given));
	if (ew.length === 0 || gw.length === 0 || gw.length > ew.length) return wrong();
	const used = new Set<number>();
	const notes: Note[] = [];
	const covered: boolean[] = ew.map(() => false);
	for (const g of gw) {
		let best: { i: number; level: WordLevel } | null = null;
		ew.forEach((e, i) => {
			if (used.has(i)) return;
			const level = wordMatch(e, g);
			if (level && (!best || RANK[level] < RANK[best.level])) best = { i, level };
		});
		if (!best) return wrong();
		const { i, level } = best as { i: number; level: WordLevel };
		used.add(i);
		covered[i] = true;
		if (level === 'diacritics') notes.push({ kind: 'diacritics', words: [ew[i]] });
		if (level === 'typo') notes.push({ kind: 'typo', words: [ew[i]] });
	}
	if (covered.every(Boolean)) return ok(notes);
	const isName = ew.every(isCapitalised);
	if (isName && covered[ew.length - 1]) return ok([...notes, { kind: 'incomplete' }]);
	return wrong();
}
