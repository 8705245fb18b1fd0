import { analyze, isKnownWord, type Analysis } from '$lib/polish/morphology';
import { describeTag } from '$lib/polish/tag-names';
import { parseTag } from '$lib/polish/morfologik-tags';
import { CASES, isCaseTag, type CaseInfo } from '$lib/polish/cases';
import { freedictPos, rankSenses } from '$lib/polish/senses';
import {
	NOMINAL,
	casesAfter,
	findWord,
	infinitiveAfter,
	readingsInSentence,
	sentenceWords,
	type SentenceWord
} from '$lib/polish/word-context';
import { MIEC_WITH_INFINITIVE, everydayMeaning, prepositionMeaning } from '$lib/polish/function-words';
import type { Sense } from '$lib/polish/glossary';
import { isHeadword, meaningsOf } from './glossary-file';
import type { WordEntry, WordInfo } from '$lib/word-info';

export type { WordInfo };

const WORD = /^[\p{L}][\p{L}\p{M}'-]{0,49}$/u;
const MAX_SENTENCE = 400;

/** Senses of a base form in the word class the text uses, most useful first; a name's senses only for a capitalised word. */
function sensesFor(lemma: string, tags: string[], capitalised: boolean): Sense[] {
	// A name's entry fits a capitalised word, or a name PoliMorf spells with a capital ("Polska" opening a sentence).
	capitalised ||= /^\p{Lu}/u.test(lemma);
	// "(osoba) lp": a grammar note FreeDict left where an English word should be.
	const all = meaningsOf(lemma).filter((s) => !s.english.startsWith('(') && (capitalised || s.pos !== 'pn'));
	const classes = new Set(tags.flatMap((t) => freedictPos(parseTag(t).pos)));
	// "na Odrze": a capitalised noun mid-sentence is a name first (the river, not "measles").
	if (capitalised && classes.has('n') && all.some((s) => s.pos === 'pn')) return rankSenses(all.filter((s) => s.pos === 'pn')).slice(0, 4);
	const fitting = all.filter((s) => !s.pos || classes.has(s.pos));
	return rankSenses(fitting.length ? fitting : all).slice(0, 4);
}

/**
 * FreeDict lacks many perfective verbs ("przegrać", "skorzystać") but has their imperfective
 * partners: "przegrywać", "korzystać". The partner is guessed by the regular patterns only and
 * must be a word PoliMorf knows; the panel says whose meaning it shows.
 */
function partnerOf(lemma: string): string | undefined {
	const guesses = [
		lemma.replace(/([aiy])ć$/, (_m, v: string) => (v === 'i' ? 'iać' : 'ywać')),
		lemma.replace(/nąć$/, 'ać'),
		lemma.replace(/aść$/, 'adać'),
		lemma.replace(/^(s|z|po)(?=[^aeiouyąęó])/, '')
	].filter((g) => g !== lemma);
	return guesses.find((g) => isKnownWord(g) && meaningsOf(g).length > 0);
}

function grammarOf(tags: string[]): CaseInfo | undefined {
	const cases = new Set(tags.filter((t) => NOMINAL.test(parseTag(t).pos)).flatMap((t) => parseTag(t).case));
	const [only] = cases;
	return cases.size === 1 && isCaseTag(only) ? CASES[only] : undefined;
}

/** Dictionary expressions of two or three words that include the word at `index`, longest first. */
function expressionsAround(words: SentenceWord[], index: number): string[] {
	const options = (w: SentenceWord) => [...new Set([w.text, ...analyze(w.text).map((a) => a.lemma)].map((x) => x.toLocaleLowerCase('pl')))];
	const found: string[] = [];
	for (const size of [3, 2]) {
		for (let from = Math.max(0, index - size + 1); from <= index && from + size <= words.length; from++) {
			let phrases = [''];
			for (const w of words.slice(from, from + size)) phrases = phrases.flatMap((p) => options(w).map((o) => (p ? `${p} ${o}` : o)));
			for (const p of phrases) if (isHeadword(p) && !found.includes(p)) found.push(p);
		}
	}
	return found.slice(0, 2);
}

/** The meaning a preposition, a function word or "mieć" + infinitive has in this sentence, written by hand. */
function handWritten(lemma: string, tags: string[], ctx: ReturnType<typeof contextOf>): string | undefined {
	if (ctx && tags.some((t) => t.startsWith('prep'))) {
		const w = ctx.words[ctx.index];
		// With a figure between, the word after the figure may not show the case ("o 14 proc."): then the figure's own case decides.
		const meaning = prepositionMeaning(lemma, casesAfter(ctx.words, ctx.index), w.beforeNumber);
		if (meaning) return meaning;
	}
	if (ctx && lemma === 'mieć' && infinitiveAfter(ctx.words, ctx.index)) return MIEC_WITH_INFINITIVE;
	return everydayMeaning(lemma);
}

function contextOf(word: string, sentence: string | undefined, at: number | undefined) {
	const text = sentence?.replace(/\s+/g, ' ').trim();
	if (!text || text.length > MAX_SENTENCE) return null;
	const words = sentenceWords(text);
	const index = findWord(words, word, at);
	return index < 0 ? null : { text, words, index };
}

/**
 * Base forms of a word with learner-friendly grammar and English meanings (at most 3 entries, 4
 * senses each). With its sentence, the readings and senses are the ones that fit the sentence.
 */
export function lookupWord(raw: string, context: { sentence?: string; at?: number } = {}): WordInfo | null {
	// A word is at most 50 letters; the punctuation trim below is quadratic on long runs of non-letters.
	if (raw.length > 100) return null;
	const word = raw.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
	if (!WORD.test(word)) return null;
	const ctx = contextOf(word, context.sentence, context.at);
	const readings: readonly Analysis[] = ctx ? readingsInSentence(ctx.words, ctx.index) : analyze(word);
	// "Warszawa" and "warszawa" are one entry for a learner: the spelling met first (PoliMorf lists the name first) stays.
	const byLemma = new Map<string, { lemma: string; tags: Set<string> }>();
	for (const a of readings) {
		const key = a.lemma.toLocaleLowerCase('pl');
		const e = byLemma.get(key) ?? byLemma.set(key, { lemma: a.lemma, tags: new Set() }).get(key)!;
		for (const t of a.tags) e.tags.add(t);
	}
	const capitalised = /^\p{Lu}/u.test(word) && !(ctx && ctx.index === 0);
	const all = [...byLemma.values()].map(({ lemma, tags: tagSet }) => {
		const tags = [...tagSet];
		const grammar = grammarOf(tags);
		const verb = tags.some((t) => freedictPos(parseTag(t).pos).includes('v'));
		let senses = sensesFor(lemma, tags, capitalised);
		const partner = !senses.length && verb ? partnerOf(lemma) : undefined;
		if (partner) senses = sensesFor(partner, tags, capitalised);
		const own = handWritten(lemma, tags, ctx);
		if (own) senses = [{ english: own }, ...senses.filter((x) => x.english !== own)].slice(0, 4);
		const entry: WordEntry = {
			lemma,
			forms: [...new Set(tags.map(describeTag))].slice(0, 3),
			...(grammar ? { grammar } : {}),
			...(partner ? { meaningOf: partner } : {}),
			senses
		};
		return { entry, verb };
	});
	// With a meaning found, base forms without one only distract ("kota" beside "kot"); without any, a verb
	// says more than the adjective made from it ("powstać" before "powstały").
	const explained = all.filter((x) => x.entry.senses.length > 0);
	const shown = explained.length ? explained : [...all].sort((a, b) => Number(b.verb) - Number(a.verb));
	const entries = shown.slice(0, 3).map((x) => x.entry);
	const expressions = ctx
		? expressionsAround(ctx.words, ctx.index).map((phrase) => ({ phrase, senses: rankSenses(meaningsOf(phrase)).slice(0, 2) }))
		: [];
	return { word, ...(ctx ? { sentence: ctx.text } : {}), expressions, entries };
}
