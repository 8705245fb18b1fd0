// Which readings of a word its sentence allows: "w Warszawie" is the locative (not the dative),
// "powstała" beside "się"-less verbs of the sentence is still ambiguous, but after a preposition
// or with "się" the neighbours decide. Only rules a learner could check by eye; when they rule
// out every reading, all are kept.
import { analyze, type Analysis } from './morphology';
import { parseTag } from './morfologik-tags';

export interface SentenceWord {
	text: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

export function sentenceWords(sentence: string): SentenceWord[] {
	return [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** The position of a word in the sentence: the occurrence at or nearest before `near`, else the first. */
export function findWord(words: SentenceWord[], word: string, near?: number): number {
	const w = word.toLocaleLowerCase('pl');
	const hits = words.map((x, i) => (x.text.toLocaleLowerCase('pl') === w ? i : -1)).filter((i) => i >= 0);
	if (!hits.length) return -1;
	if (near === undefined) return hits[0];
	return hits.reduce((best, i) => (Math.abs(words[i].start - near) < Math.abs(words[best].start - near) ? i : best), hits[0]);
}

export const NOMINAL = /^(subst|depr|adj|adja|adjp|num|ppron12|ppron3|siebie|pact|ppas|ger)$/;

/** Cases a preposition can govern ("z" → gen, inst, acc), or none when the word is not a preposition. */
function governedCases(word: string | undefined): string[] {
	if (!word) return [];
	const cases = new Set<string>();
	for (const a of analyze(word)) for (const t of a.tags) if (t.startsWith('prep:')) for (const c of parseTag(t).case) cases.add(c);
	return [...cases];
}

function keepTags(readings: Analysis[], fits: (tag: string) => boolean): Analysis[] {
	return readings.map((a) => ({ ...a, tags: a.tags.filter(fits) })).filter((a) => a.tags.length > 0);
}

/** The word's analyses narrowed by its neighbours in the sentence. */
export function readingsInSentence(words: SentenceWord[], index: number): Analysis[] {
	const all = analyze(words[index].text);
	let readings = all;
	const prev = words[index - 1]?.text.toLocaleLowerCase('pl');
	const cases = governedCases(prev);
	if (cases.length) {
		const fits = keepTags(readings, (t) => {
			const f = parseTag(t);
			return NOMINAL.test(f.pos) && f.case.some((c) => cases.includes(c));
		});
		if (fits.length) readings = fits;
	}
	const reflexive = [words[index - 1], words[index + 1]].some((w) => w?.text.toLocaleLowerCase('pl') === 'się');
	if (reflexive) {
		const verbs = keepTags(readings, (t) => /^(verb|fin|praet|inf|impt|imps|pcon|pant|bedzie)$/.test(parseTag(t).pos));
		if (verbs.length) readings = verbs;
	}
	return readings.length ? readings : all;
}
