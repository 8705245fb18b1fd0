// Key vocabulary of an article: the base forms most worth learning before reading it. A word is worth more
// the rarer it is in everyday Polish (frequency.ts) and the more often this text uses it; the commonest words
// are left out, and so is any word word help has no meaning for.
import type { KeyWord } from '$lib/vocabulary';

const KEY_WORDS = 8;
/** Base forms this common (rank in the frequency list) a learner meets everywhere: not key words of a text. */
export const COMMON_RANK = 300;

export interface Candidate {
	lemma: string;
	/** Occurrences in the text. */
	count: number;
}

/**
 * The `limit` best candidates, in order of worth: rarity (log of the frequency rank) times weight in the
 * text (1 + log2 of the count); ties keep the text's order. `glossOf` gives the meaning, or '' when none.
 */
export function pickKeyWords(
	candidates: Candidate[],
	rankOf: (lemma: string) => number,
	glossOf: (lemma: string) => string,
	limit = KEY_WORDS
): KeyWord[] {
	const scored = candidates
		.filter((c) => c.lemma.length > 2 && rankOf(c.lemma) > COMMON_RANK)
		.map((c, i) => ({ c, i, score: Math.log10(rankOf(c.lemma)) * (1 + Math.log2(c.count)) }))
		.sort((a, b) => b.score - a.score || a.i - b.i);
	const out: KeyWord[] = [];
	for (const { c } of scored) {
		if (out.length >= limit) break;
		const gloss = glossOf(c.lemma);
		if (gloss) out.push({ lemma: c.lemma, gloss });
	}
	return out;
}
