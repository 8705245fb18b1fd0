// Does a statement name its own subject? Polish drops subjects ("Długo ukrywał się za granicą."),
// which a reader of the whole article resolves but a true/false item shown alone cannot. A noun
// in the nominative that agrees with the verb in number (and, in the past tense, gender) counts.
import { analyze } from '../polish/morphology';
import type { Token } from './facts-text';
import { wordInfo } from './grammar';

export interface Form {
	num: string;
	genders: string[];
}

const VIRILE = new Set(['m1', 'p1']);
/** Words with a rare nominal reading that are never the subject of a news sentence. */
const NOT_SUBJECTS = new Set(['się', 'nie', 'już', 'tak', 'jak', 'co', 'sam', 'sama', 'samo', 'sami', 'same']);
const CLAUSE_START =
	/^(że|żeby|aby|bo|ponieważ|gdyż|gdy|kiedy|jeśli|jeżeli|który|która|które|którego|której|których|którym|którzy|którą)$/i;

function verbForms(word: string): { forms: Form[]; person: Set<string>; impersonal: boolean } {
	const forms: Form[] = [];
	const person = new Set<string>();
	let impersonal = false;
	for (const a of analyze(word)) {
		for (const tag of a.tags) {
			const p = tag.split(':');
			const i = p.findIndex((x) => x === 'praet' || x === 'fin' || x === 'bedzie' || x === 'imps');
			if (i < 0) continue;
			if (p[i] === 'imps') {
				impersonal = true;
				continue;
			}
			const num = p[i + 1];
			const genders = p[i] === 'praet' && p[i + 2] ? p[i + 2].split('.') : [];
			const pers = p.find((x) => x === 'pri' || x === 'sec' || x === 'ter');
			if (pers) person.add(pers);
			forms.push({ num, genders });
		}
	}
	return { forms, person, impersonal };
}

function nominatives(word: string): { forms: Form[]; numeral: boolean } {
	const forms: Form[] = [];
	let numeral = false;
	for (const a of analyze(word)) {
		for (const tag of a.tags) {
			const p = tag.split(':');
			const i = p.findIndex((x) => x === 'subst' || x === 'ppron3' || x === 'num' || x === 'depr');
			if (i < 0 || !p[i + 2]?.split('.').includes('nom')) continue;
			if (p[i] === 'num') numeral = true;
			forms.push({ num: p[i + 1], genders: (p[i + 3] ?? '').split('.') });
		}
	}
	return { forms, numeral };
}

function agrees(verb: Form, noun: Form): boolean {
	if (verb.num !== noun.num) return false;
	if (!verb.genders.length) return true;
	if (verb.num === 'pl') return verb.genders.some((g) => VIRILE.has(g)) === noun.genders.some((g) => VIRILE.has(g) || g === 'm1');
	return noun.genders.some((g) => verb.genders.includes(g) || (g.startsWith('n') && verb.genders.some((v) => v.startsWith('n'))));
}

/** Number and genders the first verb asks of its subject, when it is in the third person ("ukrywała" → sg, f). */
export function firstVerbAsks(toks: Token[]): Form[] | null {
	const vi = toks.findIndex((t) => t.word && !!wordInfo(t.text).verb);
	if (vi < 0) return null;
	const verb = verbForms(toks[vi].text);
	return !verb.impersonal && verb.forms.length && verb.person.has('ter') ? verb.forms : null;
}

/** Whether a noun of this number and genders can be the subject of a verb of these forms. */
export function canAgree(verb: Form[], noun: Form): boolean {
	return verb.some((v) => agrees(v, noun));
}

/** The clause's first verb has a subject in the clause (or needs none: "odnaleziono", "trzeba"). */
export function hasOwnSubject(toks: Token[]): boolean {
	return subjectOf(toks) !== null;
}

/** The token that is the subject of the clause's first verb; 'none needed' for an impersonal verb; null when missing. */
export function subjectOf(toks: Token[]): Token | 'none needed' | null {
	const vi = toks.findIndex((t) => t.word && !!wordInfo(t.text).verb);
	if (vi < 0) return null;
	const verb = verbForms(toks[vi].text);
	if (verb.impersonal || !verb.forms.length) return 'none needed';
	// "Pracujemy nad nią": the first or second person speaks from outside the statement.
	if (!verb.person.has('ter')) return null;
	// The subject is looked for up to where a subordinate clause opens ("…, że były opinie…" has a subject of its own).
	const end = toks.findIndex(
		(t, i) => i > vi && (CLAUSE_START.test(t.text) || (t.text === ',' && CLAUSE_START.test(toks[i + 1]?.text ?? '')))
	);
	// Nouns inside a prepositional phrase ("o łagodniejszy wyrok") are not the subject: the phrase runs to its first noun.
	const inPhrase = new Set<number>();
	for (let i = 0, open = false; i < toks.length; i++) {
		if (wordInfo(toks[i].text).prep && toks[i].word) open = true;
		else if (open) {
			inPhrase.add(i);
			// A name the dictionary does not know ends it as well ("przeciwko Memphis Grizzlies Hunter…" is the best guess).
			const found = analyze(toks[i].text);
			if (!toks[i].word || !found.length || found.some((a) => a.tags.some((g) => g.startsWith('subst')))) open = false;
		}
	}
	const found =
		toks.slice(0, end < 0 ? toks.length : end).find((t, i) => {
			if (
				i === vi ||
				inPhrase.has(i) ||
				// "były" is also a noun ("the former"), never the subject of another verb.
				wordInfo(t.text).verb === 'praet' ||
				!t.word ||
				NOT_SUBJECTS.has(t.text.toLowerCase()) ||
				wordInfo(t.text).prep ||
				(i > 0 && wordInfo(toks[i - 1].text).prep)
			)
				return false;
			// A name the dictionary does not know ("Rościszewski", "KGHM") may well be the subject.
			// "60 proc. mieszkańców zmieści się", "200 osób przyszło": an amount of something.
			// "28-latek" is three tokens: the number, the hyphen and "latek".
			if (/^\d+(?:[.,]\d+)?$/.test(t.text))
				return countsSomething(toks[i + 1]) || (toks[i + 1]?.text === '-' && AGED.test(toks[i + 2]?.text ?? ''));
			const known = analyze(t.text);
			// …unless it names the noun before it ("szefował spółce Grablex"), a noun that is not nominative itself.
			if (!known.length) return /^\p{Lu}/u.test(t.text) && !namesNounBefore(toks[i - 1]);
			const n = nominatives(t.text);
			if (n.numeral) return true;
			return n.forms.some((f) => verb.forms.some((v) => agrees(v, f)));
		}) ?? null;
	if (found) return found;
	// "Do wypadku doszło…", "Z ustaleń wynikało, że…", "Brakuje lekarzy": verbs that take no subject.
	const lemma = wordInfo(toks[vi].text).verbLemma ?? '';
	const neuterPast = verb.forms.every((f) => f.num === 'sg' && f.genders.length > 0 && f.genders.every((g) => g.startsWith('n')));
	return neuterPast || SUBJECTLESS.has(lemma) ? 'none needed' : null;
}

const AGED = /^lat(?:ek|ka)$/;

const MONTH_GEN = /^(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)$/;

function countsSomething(next: Token | undefined): boolean {
	if (!next?.word || MONTH_GEN.test(next.text)) return false;
	if (/^(proc|tys|mln|mld)$/.test(next.text)) return true;
	return analyze(next.text).some((a) => a.tags.some((t) => /^subst:pl:[a-z.]*gen/.test(t)));
}

function namesNounBefore(prev: Token | undefined): boolean {
	if (!prev?.word || !/^\p{Ll}/u.test(prev.text)) return false;
	const readings = analyze(prev.text).flatMap((a) => a.tags);
	return readings.length > 0 && readings.every((t) => t.startsWith('subst:') && !t.split(':')[2].split('.').includes('nom'));
}
/** Verbs used without a subject in the present too ("wynika", "brakuje", "dochodzi do"). */
const SUBJECTLESS = new Set(['wynikać', 'brakować', 'dochodzić', 'zabraknąć', 'wystarczyć', 'opłacać']);
