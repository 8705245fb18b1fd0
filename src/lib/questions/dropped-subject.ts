// Polish drops a subject the sentence before has named ("Jan Nowak wrócił do kraju. Długo ukrywał się
// za granicą."). Shown alone, such a statement does not say who did it; with the name written in
// ("Jan Nowak długo ukrywał się za granicą.") it does. Only the subject of the sentence just before, or
// the only person or personal noun there, in the verb's number and gender.
import { analyze } from '../polish/morphology';
import type { ArticleFacts } from './facts';
import type { Entity } from './facts-entities';
import type { Sentence, Token } from './facts-text';
import { canAgree, firstVerbAsks, subjectOf, type Form } from './subject';

export const isFemale = (name: string) => /a$/.test(name.split(' ')[0]) && !/^(Kuba|Barnaba|Bonawentura)$/.test(name.split(' ')[0]);
const surnameStem = (name: string) => name.split(' ').at(-1)!.slice(0, -2);

/** The person's name in the nominative, from this mention or another mention of the article. */
function nominativeName(a: ArticleFacts, e: Entity): string | null {
	if (e.kind !== 'person') return null;
	if (e.nominative && e.text.includes(' ')) return e.text;
	const stem = surnameStem(e.text);
	if (stem.length < 3) return null;
	const same = a.entities.find((x) => x.kind === 'person' && x.nominative && x.text.includes(' ') && surnameStem(x.text) === stem);
	return same?.text ?? null;
}

/** Number and genders of a word read as a nominative noun ("mężczyzna" → sg m1), or null. */
function nominativeForms(word: string): Form[] {
	const out: Form[] = [];
	for (const x of analyze(word))
		for (const t of x.tags) {
			const p = t.split(':');
			if (p[0] === 'subst' && p[2].split('.').includes('nom')) out.push({ num: p[1], genders: p[3].split('.') });
		}
	return out;
}

/** A personal noun ("mężczyzna", "policjanci") in the nominative: its base form for the singular, the word itself for the plural. */
function personalNoun(t: Token, first: boolean): { text: string; form: Form } | null {
	if (!/^\p{L}+$/u.test(t.text)) return null;
	const found = analyze(t.text);
	// "wybrany", "zatrzymany" are participles first; "Herkules" mid-sentence is a name, not "a strongman".
	if (found.some((x) => x.tags.some((g) => !g.startsWith('subst')))) return null;
	if (/^\p{Lu}/u.test(t.text) && (!first || found.some((x) => /^\p{Lu}/u.test(x.lemma)))) return null;
	for (const x of found) {
		if (x.lemma !== x.lemma.toLowerCase()) continue;
		for (const tag of x.tags) {
			const p = tag.split(':');
			if (p[0] !== 'subst' || !p[3]?.split('.').includes('m1')) continue;
			if (p[1] === 'sg') return { text: x.lemma, form: { num: 'sg', genders: ['m1'] } };
			if (p[2].split('.').includes('nom')) return { text: t.text.toLocaleLowerCase('pl'), form: { num: 'pl', genders: ['m1'] } };
		}
	}
	return null;
}

/**
 * Who the first verb's dropped subject is: the subject of the sentence before, when it is a person, a
 * personal noun or an institution that agrees with the verb (a Polish dropped subject continues the last
 * one); after an impersonal sentence ("Zatrzymano mężczyznę."), the only person or personal noun there that
 * agrees. `common` marks a noun ("Mężczyzna") rather than a name.
 */
export function droppedSubject(a: ArticleFacts, s: Sentence, toks: Token[]): { name: string; common: boolean } | null {
	const asks = firstVerbAsks(toks);
	if (!asks) return null;
	let prev: Sentence | undefined;
	let prevSubject: ReturnType<typeof subjectOf> = null;
	for (let k = s.index - 1; !prevSubject; k--) {
		prev = a.sentences[k];
		if (!prev || !prev.usable || prev.paragraph !== s.paragraph) return null;
		prevSubject = subjectOf(a.tokens[k]);
		// "W 1990 r. ukończył studia. W 2014 r. objął…": sentences without a subject whose verbs take the same form
		// continue the same one; up to two of them are looked through.
		const theirs = firstVerbAsks(a.tokens[k]);
		if (!prevSubject && (s.index - k >= 3 || !theirs || !sameForm(theirs, asks))) return null;
	}
	if (!prev) return null;
	const prevToks = a.tokens[prev.index];
	const named = a.entities.filter((e) => e.sentence === prev.index && (e.kind === 'person' || e.kind === 'org'));
	if (prevSubject !== 'none needed') {
		const e = named.find((x) => x.start <= prevSubject.start && prevSubject.end <= x.end);
		if (e) {
			// An institution only by its full name, opening the sentence ("Sąd Okręgowy w Lesznie skazał…").
			const name =
				e.kind === 'person' ? nominativeName(a, e) : e.from === prevToks.indexOf(prevSubject) && e.text.includes(' ') ? e.text : null;
			const form =
				name && e.kind === 'person' ? [{ num: 'sg', genders: [isFemale(name) ? 'f' : 'm1'] }] : nominativeForms(prevSubject.text);
			return name && form.some((f) => canAgree(asks, f)) ? { name, common: false } : null;
		}
		const noun = personalNoun(prevSubject, prevToks[0] === prevSubject);
		return noun && canAgree(asks, noun.form) ? { name: upper(noun.text), common: true } : null;
	}
	const fits = new Map<string, { name: string; common: boolean }>();
	for (const e of named) {
		const name = e.kind === 'person' ? nominativeName(a, e) : null;
		if (name && canAgree(asks, { num: 'sg', genders: isFemale(name) ? ['f'] : ['m1'] })) fits.set(name, { name, common: false });
	}
	for (const t of prevToks) {
		const noun = t.word && !named.some((e) => e.start <= t.start && t.end <= e.end) ? personalNoun(t, t === prevToks[0]) : null;
		if (noun && canAgree(asks, noun.form)) fits.set(noun.text, { name: upper(noun.text), common: true });
	}
	return fits.size === 1 ? [...fits.values()][0] : null;
}

/** Two verbs that ask the same number and, in the past tense, the same gender of their subject. */
function sameForm(x: Form[], y: Form[]): boolean {
	return x.some((f) =>
		y.some((g) => f.num === g.num && (!f.genders.length || !g.genders.length || f.genders.some((n) => g.genders.includes(n))))
	);
}

const upper = (w: string) => w.charAt(0).toLocaleUpperCase('pl') + w.slice(1);

/** "Długo ukrywał się…" with "Jan Nowak" → "Jan Nowak długo ukrywał się…" (a name opening the sentence keeps its capital). */
export function withSubject(name: string, sentence: string, firstIsName: boolean): string {
	const rest = firstIsName ? sentence : sentence.charAt(0).toLocaleLowerCase('pl') + sentence.slice(1);
	return `${name} ${rest}`;
}
