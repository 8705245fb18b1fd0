// Grammar slips of a published text that the dictionary can see: a word that can only be locative with
// no preposition to govern it ("kwota wynosie 5 zł" for "wyniesie", "w którego czasie" losing "w"), and a
// subject in the nominative beside an impersonal "-no/-to" verb ("Policja zatrzymano…").
import { analyze } from './morphology';

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;
const LOCATIVE_PREPS = new Set(['w', 'we', 'na', 'o', 'po', 'przy']);
/** How far back a locative preposition may stand: "w ostatnim pełnym roku", "w Polsce, Czechach i Niemczech". */
const REACH = 12;

const tagsOf = (w: string) => analyze(w).flatMap((a) => a.tags);
/** Only a word that cannot be anything but a verb closes the phrase ("je" is also a pronoun). */
const isVerb = (tags: string[]) => tags.length > 0 && tags.every((t) => /^verb:(fin|praet|imps|bedzie|inf)/.test(t) || t === 'pred');

/** The cases a word form can stand in (the vocative only between commas or marks: "Do roboty, ministrze!"). */
function cases(tags: string[], vocative: boolean): Set<string> {
	const out = new Set<string>();
	for (const t of tags) {
		const p = t.split(':');
		if (!/^(subst|adj|num|ppron3|ppron12|ppas|pact|depr)$/.test(p[0])) {
			out.add('other');
			continue;
		}
		for (const c of (p[2] ?? '').split('.')) if (c !== 'voc' || vocative) out.add(c);
	}
	return out;
}

/** "wynosie", "czasie" with no "w/na/o/po/przy" before it: a locative nothing governs. */
export function bareLocative(text: string): string | null {
	const toks = text.match(WORD) ?? [];
	for (let i = 0; i < toks.length; i++) {
		const w = toks[i];
		// Names ("Martinie") have readings the dictionary does not list.
		if (!/^\p{Ll}{3,}$/u.test(w)) continue;
		const c = cases(tagsOf(w), /^[,!?„”"–—]$/.test(toks[i - 1] ?? '') || /^[,!?„”"–—]$/.test(toks[i + 1] ?? ''));
		if (c.size !== 1 || !c.has('loc')) continue;
		let governed = false;
		for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
			const prev = toks[j].toLocaleLowerCase('pl');
			if (LOCATIVE_PREPS.has(prev)) {
				governed = true;
				break;
			}
			// (A full stop inside a sentence belongs to an ordinal or an abbreviation: "w 57. Konkursie", "np. psychozach".)
			if (/^[;:!?–—]$/.test(prev) || isVerb(tagsOf(prev))) break;
		}
		if (!governed) return w;
	}
	return null;
}

/** Clauses split at commas, dashes and the conjunctions that start a new one. */
function clauses(text: string): string[][] {
	const out: string[][] = [[]];
	for (const t of text.match(WORD) ?? []) {
		if (/^[,;:–—()„”"]$/.test(t) || /^(i|a|oraz|ale|lecz|że|który|która|które|którego|której|których)$/i.test(t)) out.push([]);
		else if (/\p{L}/u.test(t)) out[out.length - 1].push(t);
	}
	return out.filter((c) => c.length);
}

/** "Sąd Najwyższy oddalono kasację", "Policja zatrzymano mężczyznę": an impersonal verb beside what must be its subject. */
export function subjectWithImpersonal(text: string): string | null {
	for (const clause of clauses(text)) {
		const tags = clause.map(tagsOf);
		const v = tags.findIndex((t) => t.some((g) => g.startsWith('verb:imps')));
		if (v < 0 || tags.some((t, i) => i !== v && t.some((g) => /^verb:(fin|praet|bedzie)/.test(g)))) continue;
		// A prepositional phrase runs to its first noun.
		const inPhrase = new Set<number>();
		for (let i = 0, open = false; i < clause.length; i++) {
			if (tags[i].some((g) => g.startsWith('prep'))) open = true;
			else if (open) {
				inPhrase.add(i);
				// …past a numeral ("na pół godziny", "przez tysiąc lat").
				if (tags[i].some((g) => g.startsWith('subst')) && !tags[i].some((g) => g.startsWith('num'))) open = false;
			}
		}
		const afterPrep = (i: number) => inPhrase.has(i);
		const nounCases = (i: number) =>
			new Set(tags[i].filter((g) => /^(subst|ppron3|depr)/.test(g)).flatMap((g) => g.split(':')[2].split('.')));
		let nomOnly = -1;
		let nomOrAcc = -1;
		let accOnly = false;
		for (let i = 0; i < clause.length; i++) {
			if (i === v || afterPrep(i)) continue;
			const c = nounCases(i);
			if (!c.size || tags[i].some((g) => !/^(subst|ppron3|depr|adj)/.test(g))) continue;
			c.delete('voc');
			if (c.size === 1 && c.has('nom') && i < v) nomOnly = i;
			else if (c.has('nom') && c.has('acc') && i < v) nomOrAcc = i;
			// ("Niemców", "zmarłego": a genitive too, which may hang on a noun.)
			else if (c.has('acc') && !c.has('nom') && !c.has('gen') && i > v) accOnly = true;
		}
		if (nomOnly >= 0) return `${clause[nomOnly]} … ${clause[v]}`;
		// The verb has its object already, so the noun before it cannot be one.
		if (nomOrAcc >= 0 && accOnly) return `${clause[nomOrAcc]} … ${clause[v]}`;
	}
	return null;
}

/** Pronoun-like adjectives that open a clause or stand alone ("firma, którą kobieta prowadzi"). */
const PRONOMINAL = new Set(
	'który jaki jakiś czyj ten tamten taki swój mój twój nasz wasz sam żaden każdy wszystek inny pewien niektóry'.split(' ')
);

/** "ze średnią cena": an adjective that cannot be nominative before a noun that can only be, of the same gender and number. */
export function adjectiveCaseSlip(text: string): string | null {
	const toks = text.match(WORD) ?? [];
	for (let i = 0; i + 1 < toks.length; i++) {
		const [a, n] = [toks[i], toks[i + 1]];
		if (!/^\p{Ll}{3,}$/u.test(a) || !/^\p{Ll}{3,}$/u.test(n)) continue;
		const adj = analyze(a);
		const adjTags = adj.filter((x) => !PRONOMINAL.has(x.lemma)).flatMap((x) => x.tags.filter((t) => t.startsWith('adj:')));
		if (!adjTags.length || adj.some((x) => x.tags.some((t) => t.split(':')[2]?.split('.').includes('nom')))) continue;
		const nounTags = tagsOf(n);
		if (!nounTags.length || !nounTags.every((t) => t.startsWith('subst:'))) continue;
		// "po stronie polskiej liczba…": the adjective follows and agrees with the noun before it.
		if (i > 0 && agreesWithNounBefore(toks[i - 1], adjTags)) continue;
		const nounCases = new Set(nounTags.flatMap((t) => t.split(':')[2].split('.')).filter((c) => c !== 'voc'));
		if (nounCases.size !== 1 || !nounCases.has('nom')) continue;
		const key = (t: string) => {
			const p = t.split(':');
			return p[3].split('.').map((g) => `${p[1]}:${g}`);
		};
		const nounKeys = new Set(nounTags.flatMap(key));
		if (adjTags.some((t) => key(t).some((k) => nounKeys.has(k)))) return `${a} ${n}`;
	}
	return null;
}

function agreesWithNounBefore(word: string, adjTags: string[]): boolean {
	const key = (t: string) => {
		const p = t.split(':');
		return p[2].split('.').flatMap((c) => p[3].split('.').map((g) => `${p[1]}:${c}:${g}`));
	};
	const adj = new Set(adjTags.flatMap(key));
	return tagsOf(word).some((t) => t.startsWith('subst:') && key(t).some((k) => adj.has(k)));
}
