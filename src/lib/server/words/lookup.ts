import { analyze } from '$lib/polish/morphology';
import { describeTag } from '$lib/polish/tag-names';
import type { Sense } from '$lib/polish/glossary';
import { meaningsOf } from './glossary-file';

export interface WordInfo {
	word: string;
	entries: { lemma: string; forms: string[]; senses: Sense[] }[];
}

const WORD = /^[\p{L}][\p{L}\p{M}'-]{0,49}$/u;

/** Base forms of a word with learner-friendly grammar and English meanings (at most 3 entries, 4 senses each). */
export function lookupWord(raw: string): WordInfo | null {
	// A word is at most 50 letters; the punctuation trim below is quadratic on long runs of non-letters.
	if (raw.length > 100) return null;
	const word = raw.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
	if (!WORD.test(word)) return null;
	const byLemma = new Map<string, Set<string>>();
	for (const a of analyze(word)) {
		const key = a.lemma;
		const forms = byLemma.get(key) ?? new Set<string>();
		for (const t of a.tags) forms.add(describeTag(t));
		byLemma.set(key, forms);
	}
	const entries = [...byLemma]
		.map(([lemma, forms]) => ({ lemma, forms: [...forms].slice(0, 3), senses: meaningsOf(lemma).slice(0, 4) }))
		// Entries with a meaning first: "powstała" is more useful as "powstać" than as the adjective "powstały".
		.sort((a, b) => Number(b.senses.length > 0) - Number(a.senses.length > 0))
		.slice(0, 3);
	return { word, entries };
}
