// The content words of a text (nouns, verbs, adjectives, adverbs) with the base form each stands for in its
// sentence: what "the share of words you do not know yet" counts, what the text highlights and what key
// vocabulary is chosen from. Names, numbers and the words of grammar are left out.
import type { VocabGroup } from '../vocabulary';
import { splitSentences } from './segment';
import { analyze, type Analysis } from './morphology';
import { readingsInSentence, sentenceWords } from './word-context';

export interface ContentWord {
	start: number;
	end: number;
	/** The base form (lower case) in this sentence. */
	lemma: string;
	/** Other content base forms the word could be read as. */
	also: string[];
}

/** Parts of speech (PoliMorf tags) a learner learns as words. */
const CONTENT = /^(subst|depr|ger|adj|adja|adjp|adjc|adv|verb|fin|praet|inf|impt|imps|pcon|pant|pact|ppas|winien|pred)$/;

/** Readings of the words of grammar: a form that can be one of these ("na", "do", "może") is taken for it. */
const GRAMMAR = /^(prep|conj|comp|qub|num|numcol|ppron12|ppron3|siebie|interj|brev|aglt)$/;

/** Words PoliMorf tags as nouns, adjectives or verbs that work as grammar: pronouns, determiners, "być". */
const GRAMMAR_WORDS = new Set(
	(
		'być ten tamten taki jaki który czyj swój mój twój nasz wasz jego jej ich sam każdy wszystek wszystko żaden ' +
		'co kto coś ktoś nic nikt cokolwiek ktokolwiek jakiś któryś niektóry to tyle ile się on ona ono oni'
	).split(' ')
);

/** The part of speech, the tag's first field (parseTag does far more and is the cost of a long text). */
const posOf = (tag: string) => tag.split(':', 1)[0];
const isCapital = (s: string) => /^\p{Lu}/u.test(s);

const POS_ORDER = ['subst', 'adj', 'adv'];

/**
 * The base forms a word can stand for, the likeliest first: a noun over the verb of a gerund ("spotkania" →
 * spotkanie, not spotkać), the form itself when it is an adverb or adjective ("potem", not "pot"), the more common one
 * ("lat" → rok, not lato) when `rankOf` is given, then a noun, an adjective, an adverb before a verb.
 */
function chooseBaseForm(form: string, readings: Analysis[], rankOf?: (lemma: string) => number): string[] {
	const noun = readings.some((r) => r.tags.some((t) => posOf(t) === 'subst'));
	const kept = noun ? readings.filter((r) => !r.tags.every((t) => posOf(t) === 'ger')) : readings;
	const pos = (r: Analysis) => Math.min(...r.tags.map((t) => POS_ORDER.indexOf(posOf(t))).map((i) => (i < 0 ? POS_ORDER.length : i)));
	const options = kept.map((r) => ({ lemma: r.lemma.toLocaleLowerCase('pl'), pos: pos(r) })).filter((o) => !GRAMMAR_WORDS.has(o.lemma));
	// Only a word that is not a noun wins by being its own base form: PoliMorf lists plurals such as "rozmowy" (talks) apart.
	const itself = (o: { lemma: string; pos: number }) => Number(o.lemma === form && o.pos > 0);
	options.sort((a, b) => itself(b) - itself(a) || (rankOf ? rankOf(a.lemma) - rankOf(b.lemma) : 0) || a.pos - b.pos);
	return [...new Set(options.map((o) => o.lemma))];
}

/**
 * Content words of `text`, offsets in `text`. A word counts when PoliMorf knows it; a capitalised word inside
 * a sentence that can be a name is taken for the name and left out, as are words with no lower-case base form.
 * `rankOf` (1 = most common) picks between base forms the sentence leaves open.
 */
export function contentWords(text: string, rankOf?: (lemma: string) => number): ContentWord[] {
	const out: ContentWord[] = [];
	for (const s of splitSentences(text)) {
		const words = sentenceWords(s.text);
		words.forEach((w, i) => {
			// The sentence is consulted only when the form has several base forms: most have one.
			const all = analyze(w.text);
			const readings = new Set(all.map((r) => r.lemma)).size > 1 ? readingsInSentence(words, i) : all;
			if (i > 0 && isCapital(w.text) && readings.some((r) => isCapital(r.lemma))) return;
			if (readings.some((r) => GRAMMAR_WORDS.has(r.lemma) || r.tags.some((t) => GRAMMAR.test(posOf(t))))) return;
			const content = readings.filter((r) => !isCapital(r.lemma) && !r.guessed && r.tags.some((t) => CONTENT.test(posOf(t))));
			const distinct = chooseBaseForm(w.text.toLocaleLowerCase('pl'), content, rankOf);
			if (!distinct.length) return;
			out.push({ start: s.start + w.start, end: s.start + w.end, lemma: distinct[0], also: distinct.slice(1) });
		});
	}
	return out;
}

/** The distinct base forms of the words in text order, with how often each occurs, and each word's group. */
export function vocabularyOf(words: ContentWord[]): { groups: (VocabGroup & { count: number })[]; spans: [number, number, number][] } {
	const index = new Map<string, number>();
	const groups: (VocabGroup & { count: number })[] = [];
	const spans: [number, number, number][] = [];
	for (const w of words) {
		let g = index.get(w.lemma);
		if (g === undefined) {
			g = groups.push({ lemma: w.lemma, count: 0 }) - 1;
			index.set(w.lemma, g);
		}
		const group = groups[g];
		group.count++;
		const also = w.also.filter((a) => a !== group.lemma && !group.also?.includes(a));
		if (also.length) group.also = [...(group.also ?? []), ...also];
		spans.push([w.start, w.end, g]);
	}
	return { groups, spans };
}
