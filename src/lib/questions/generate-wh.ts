import type { Token } from './facts-text';
import { isCapitalized, lowerFirst, upperFirst } from './facts-text';
import { isVerbToken, joinTokens } from './clause';
import { analyze } from '../polish/morphology';
import { hasNominative } from './clause';
import { wordInfo } from './grammar';
import { subjectOf } from './subject';
import { detach } from './context-words';

export interface WhInput {
	text: string;
	clause: Token[];
	/** Tokens of the fact (with its preposition) to take out of the clause. */
	removeStart: number;
	removeEnd: number;
	/** Question phrase put in front: "Kiedy", "Ilu żołnierzy rosyjskich". */
	wh: string;
	/** The fact is the clause's subject: the verb comes straight after the question phrase. */
	factIsSubject?: boolean;
	/** Replace the verb form (e.g. 3rd person plural → singular). */
	verbForm?: (verb: string) => string | null;
	/** Name spans whose capitals must stay ("Powstanie Warszawskie"). */
	names: { start: number; end: number }[];
	/** Capitalised mid-sentence words: a sentence-initial form of one of them stays capitalised ("Sejm" / "w Sejmie"). */
	capitals?: Set<string>;
	/** Subject substitution from reference resolution ("Rada" → "Rada NATO-Rosja"). */
	resolve?: (tok: Token) => string | null;
	/** Who a clause without a subject speaks of, from the sentences before ("objął" → "Jan Nowak"), or null. */
	dropped?: (clause: Token[]) => string | null;
}

const PRONOUN_SUBJECT = /^(on|ona|ono|oni|one|to|ten|ta|te|tamten|jego|jej|ich|który|która|które|ja|my|wy|ty)$/i;

function shownWord(t: Token, names: WhInput['names'], capitals?: Set<string>): string {
	if (!isCapitalized(t.text) || /^\p{Lu}{2,}/u.test(t.text)) return t.text;
	if (wordInfo(t.text).prep) return lowerFirst(t.text);
	if (names.some((n) => n.start <= t.start && t.end <= n.end)) return t.text;
	if (capitals && [...capitals].some((w) => sameLexeme(w, t.text))) return t.text;
	// PoliMorf spells proper-noun lemmas with a capital ("Warszawa").
	const found = analyze(t.text);
	if (found.length && found.every((a) => isCapitalized(a.lemma))) return t.text;
	return lowerFirst(t.text);
}

/** "Sejm" / "Sejmie", "Powstaniem" / "Powstania": the same word in another case. */
function sameLexeme(a: string, b: string): boolean {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i >= Math.max(4, Math.max(a.length, b.length) - 2);
}

const ANAPHORA =
	/^(to|wówczas|go|jej|jego|ich|im|nim|nią|niego|niej|nich|nimi|je|ją|on|ona|ono|oni|one|tam|wtedy|ten|ta|te|tego|tym|tej|tę|tych|tymi)$/i;
const TIME_NOUN = /^(roku|rok|sezonie|sezon|tygodniu|tydzień|miesiącu|miesiąc|dniu|dzień|okresie)$/i;
const ABBREVIATION_END = /(?:proc|tys|mln|mld|ok|r|godz|m\.in)\.$/;
// The sentence's full stop doubles as the abbreviation's, so the clause may end without it ("do 5 proc").
const BARE_ABBREVIATION_END = /(?:^|\s)(?:proc|tys|ok|r|godz)$/;

/** Builds "Wh [verb] [subject] [rest]?" from a clause, or null when the result would be doubtful. */
export function buildWh(input: WhInput): string | null {
	const { clause, removeStart, removeEnd, text, names } = input;
	const rest = clause.filter((t) => t.end <= removeStart || t.start >= removeEnd);
	if (rest.length === clause.length) return null;
	// A pronoun or "tam/wtedy" points outside the question: the learner could not tell what is meant.
	// "w tym roku" / "w tym sezonie" point to the article's own time, which the reader shares.
	const deictic = (i: number) => /^(tym|tej|ten)$/i.test(rest[i].text) && TIME_NOUN.test(rest[i + 1]?.text ?? '');
	if (rest.some((t, i) => ANAPHORA.test(t.text) && !deictic(i))) return null;
	const after = clause.find((t) => t.start >= removeEnd);
	if (after && /^(i|oraz|lub|albo|czy)$/.test(after.text)) return null;
	const v = rest.findIndex(isVerbToken);
	if (v < 0) return null;
	let vEnd = v + 1;
	if (rest[vEnd]?.text === 'się') vEnd++;
	// Modal + infinitive ("chce przeznaczyć", "mogą przystąpić") stays together.
	while (rest[vEnd] && /(ć|c)$/.test(rest[vEnd].text) && analyze(rest[vEnd].text).some((a) => a.tags.some((g) => g.includes('inf'))))
		vEnd++;
	let vStart = v;
	if (rest[v - 1]?.text.toLowerCase() === 'nie') vStart--;
	const pre = rest.slice(0, vStart);
	const verbToks = rest.slice(vStart, vEnd).map((t) => ({ ...t }));
	const post = rest.slice(vEnd);
	if (pre.length && PRONOUN_SUBJECT.test(pre[0].text)) return null;
	// Without a subject ("Odbywa się od 1974 roku") the question would not say what it asks about.
	// …nor with a noun that cannot be its subject ("Od kiedy szefował bankowi?": the verb asks for a person), unless the
	// sentences before say who it is: then the name is written in ("Od kiedy Jan Nowak szefował bankowi?").
	let subject: string | null = null;
	if (!input.factIsSubject && wordInfo(rest[v].text).verb !== 'imps' && (!hasNominative([...pre, ...post]) || !subjectOf(rest))) {
		// A word before the verb that may be its subject after all ("Repnin opisał"): better no question than two subjects.
		subject = hasNominative(pre) ? null : (input.dropped?.(rest) ?? null);
		if (!subject) return null;
	}
	if (input.verbForm) {
		const vi = vStart === v ? 0 : 1;
		const form = input.verbForm(verbToks[vi].text);
		if (!form) return null;
		verbToks[vi] = { ...verbToks[vi], text: form };
	}
	const words = (toks: Token[]): string[] =>
		toks.map((t, i) => {
			if (t.start === clause[0].start && i === 0) {
				const resolved = input.resolve?.(t);
				if (resolved) return resolved;
				return shownWord(t, names, input.capitals);
			}
			return t.text;
		});
	const part = (toks: Token[]) => (toks.length ? rebuild(text, toks, words(toks)) : '');
	let body: string[];
	if (input.factIsSubject || pre.length === 0) body = [part(verbToks), part(pre), part(post)];
	else if (post.length === 0 && pre.filter((t) => t.word).length <= 5) body = [part(verbToks), part(pre)];
	else body = [part(pre), part(verbToks), part(post)];
	const q = [input.wh, subject, ...body]
		.filter(Boolean)
		.join(' ')
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.])/g, '$1')
		.trim();
	const trimmed = ABBREVIATION_END.test(q) ? q : BARE_ABBREVIATION_END.test(q) ? q + '.' : q.replace(/[.,;:\s]+$/, '');
	// "Do kiedy kursować będzie także…?": a particle that only ties the clause to the sentence before goes.
	return upperFirst(detach(trimmed)) + '?';
}

function rebuild(text: string, toks: Token[], shown: string[]): string {
	const swapped = toks.map((t, i) => ({ ...t, text: shown[i] }));
	return joinTokens(text, swapped);
}
