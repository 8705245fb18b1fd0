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
	/** A full stop right after the word: "proc." is an abbreviation, "proc" alone is not. */
	dot: boolean;
	/** A figure right before the word ("14 lat", "9–14 lat"). */
	afterNumber: boolean;
	/** A figure right after the word ("o 14 proc."). */
	beforeNumber: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

export function sentenceWords(sentence: string): SentenceWord[] {
	return [...sentence.matchAll(WORD)].map((m) => {
		const end = m.index! + m[0].length;
		return {
			text: m[0],
			start: m.index!,
			end,
			dot: sentence[end] === '.',
			afterNumber: /\d[\s\u00a0]*$/.test(sentence.slice(0, m.index!)),
			beforeNumber: /^[\s\u00a0]*\d/.test(sentence.slice(end))
		};
	});
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

const VERB = /^(verb|fin|praet|inf|impt|imps|pcon|pant|bedzie)$/;

function tagsOf(word: string | undefined, pos: RegExp) {
	return word ? analyze(word).flatMap((a) => a.tags.map(parseTag).filter((f) => pos.test(f.pos))) : [];
}

/** An adjective's reading that agrees with a noun: a shared case and number, and a compatible gender. */
function agrees(adj: ReturnType<typeof parseTag>, noun: ReturnType<typeof parseTag>): boolean {
	const gender = (g: string[]) => g.map((x) => x.replace(/\d$/, ''));
	const shared = (a: string[], b: string[]) => a.some((x) => b.includes(x));
	return (
		shared(adj.case, noun.case) &&
		shared(adj.number, noun.number) &&
		(!adj.gender.length || !noun.gender.length || shared(gender(adj.gender), gender(noun.gender)))
	);
}

/** Applies a rule only when it leaves some reading. */
function narrow(readings: readonly Analysis[], fits: (tag: string, lemma: string) => boolean): readonly Analysis[] {
	const kept = readings.map((a) => ({ ...a, tags: a.tags.filter((t) => fits(t, a.lemma)) })).filter((a) => a.tags.length > 0);
	return kept.length ? kept : readings;
}

/** Whether the next word can be an infinitive ("może narzucać", "ma zostać"). */
export function infinitiveAfter(words: SentenceWord[], index: number): boolean {
	return tagsOf(words[index + 1]?.text, /^(inf|verb)$/).some((f) => f.pos === 'inf' || f.other.includes('inf'));
}

/** The cases the word after a preposition can be in, among those the preposition governs ("w Polsce" → loc). */
export function casesAfter(words: SentenceWord[], index: number): string[] {
	const governed = governedCases(words[index]?.text.toLocaleLowerCase('pl'));
	const next = new Set(tagsOf(words[index + 1]?.text, NOMINAL).flatMap((f) => f.case));
	return governed.filter((c) => next.has(c));
}

/** The word's analyses narrowed by its neighbours in the sentence. */
export function readingsInSentence(words: SentenceWord[], index: number): readonly Analysis[] {
	const w = words[index];
	const lower = (i: number) => words[i]?.text.toLocaleLowerCase('pl');
	const all = analyze(w.text);
	// "proc." is "procent"; "W" without a dot is the preposition, not "wat".
	const isBrev = (t: string) => t.startsWith('brev');
	let readings = w.dot ? narrow(all, isBrev) : narrow(all, (t) => !isBrev(t));
	const cases = governedCases(lower(index - 1));
	if (cases.length) readings = narrow(readings, (t) => NOMINAL.test(parseTag(t).pos) && parseTag(t).case.some((c) => cases.includes(c)));
	// "Od czerwca", "W sierpniu": a preposition whose case the next word has, even with a capital.
	if (casesAfter(words, index).length) readings = narrow(readings, (t) => t.startsWith('prep:'));
	const isVerb = (t: string) => VERB.test(parseTag(t).pos);
	if ([lower(index - 1), lower(index + 1)].includes('się')) readings = narrow(readings, isVerb);
	// "9 lat": after a number "lat" is years, not summers.
	if (w.afterNumber || tagsOf(words[index - 1]?.text, /^num$/).length)
		readings = narrow(readings, (_t, lemma) => lemma === 'rok' || !readings.some((a) => a.lemma === 'rok'));
	// "nie może narzucać": a verb before an infinitive is the verb ("móc"), not the particle "może".
	if (infinitiveAfter(words, index)) readings = narrow(readings, isVerb);
	// "drugiej kategorii": an adjective agreeing with the noun after it, unless the sentence would have no
	// other verb ("Najbardziej podrożała energia"); "wyniosła 5 proc.": otherwise the verb.
	const nextNouns = tagsOf(words[index + 1]?.text, /^(subst|depr)$/);
	const adjAgrees = (t: string) => parseTag(t).pos === 'adj' && nextNouns.some((n) => agrees(parseTag(t), n));
	const otherVerb = () =>
		words.some((x, i) => i !== index && analyze(x.text).some((a) => a.tags.some((t) => /^(verb:)?(fin|praet)/.test(t))));
	const hasVerb = readings.some((a) => a.tags.some(isVerb));
	const adjective = (t: string) => /^(adj|ppas|pact)$/.test(parseTag(t).pos);
	if (readings.some((a) => a.tags.some(adjAgrees)) && (!hasVerb || otherVerb())) readings = narrow(readings, adjAgrees);
	else if (hasVerb) readings = narrow(readings, (t) => parseTag(t).pos !== 'adj');
	// "centrum danych": with no noun after it to agree with, a word that can be a noun is the noun ("dane", not "dany").
	else if (readings.some((a) => a.tags.some((t) => /^(subst|depr)$/.test(parseTag(t).pos))))
		readings = narrow(readings, (t) => !adjective(t));
	return readings.length ? readings : all;
}
