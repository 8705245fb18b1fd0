// Does a statement name its own subject? Polish drops subjects ("Długo ukrywał się za granicą."),
// which a reader of the whole article resolves but a true/false item shown alone cannot. A noun
// in the nominative that agrees with the verb in number (and, in the past tense, gender) counts.
import { analyze } from '../polish/morphology';
import type { Token } from './facts-text';
import { wordInfo } from './grammar';

interface Form {
	num: string;
	genders: string[];
}

const VIRILE = new Set(['m1', 'p1']);
/** Words with a rare nominal reading that are never the subject of a news sentence. */
const NOT_SUBJECTS = new Set(['się', 'nie', 'już', 'tak', 'jak', 'co']);

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
	return (
		toks.find((t, i) => {
			if (
				i === vi ||
				!t.word ||
				NOT_SUBJECTS.has(t.text.toLowerCase()) ||
				wordInfo(t.text).prep ||
				(i > 0 && wordInfo(toks[i - 1].text).prep)
			)
				return false;
			// A name the dictionary does not know ("Rościszewski", "KGHM") may well be the subject.
			const found = analyze(t.text);
			if (!found.length) return /^\p{Lu}/u.test(t.text);
			const n = nominatives(t.text);
			if (n.numeral) return true;
			return n.forms.some((f) => verb.forms.some((v) => agrees(v, f)));
		}) ?? null
	);
}
