import { analyze } from '../polish/morphology';
import type { Token } from './facts-text';
import { CONNECTIVES } from './facts-lexicon';
import { wordInfo } from './grammar';

const BOUNDARY = new Set([',', ';', ':', '–', '—', '-', '(', ')', '„', '”', '"', '“', '«', '»', '.', '!', '?', '…']);
const SUBORDINATORS =
	/^(któr\p{L}*|gdzie|kiedy|gdy|jeśli|jeżeli|bo|ponieważ|gdyż|aby|żeby|czyli|chociaż|choć|dlatego|jak|niż|co|kto|czy)$/u;
const INNER_CONNECTIVES = new Set(['natomiast', 'zaś', 'jednak', 'więc', 'bowiem', 'zatem', 'otóż']);
const COORD = new Set(['a', 'ale', 'lecz', 'oraz', 'i', 'jednak', 'natomiast', 'zaś']);

export function isVerbToken(t: Token): boolean {
	return t.word && !!wordInfo(t.text).verb;
}

function segments(toks: Token[]): Token[][] {
	const segs: Token[][] = [[]];
	toks.forEach((t, i) => {
		// A hyphen glued to its neighbours ("2016-2019") is not a dash between clauses.
		const glued =
			((t.text === '-' || t.text === '–') && i > 0 && toks[i - 1].end === t.start) ||
			(t.text === ':' && i > 0 && toks[i - 1].end === t.start && /^\d/.test(toks[i + 1]?.text ?? '') && /\d$/.test(toks[i - 1].text)) ||
			(t.text === '.' && i > 0 && i < toks.length - 1 && /^(proc|tys|mln|mld|ok|r|godz|ul|im|m\.in)$/.test(toks[i - 1].text));
		if (BOUNDARY.has(t.text) && !glued) segs.push([]);
		else segs[segs.length - 1].push(t);
	});
	return segs.filter((s) => s.length > 0);
}

/**
 * The clause holding [start, end), ready to become a question: leading "że" and connectives
 * dropped; null when the clause is subordinate, elliptic or unclear (precision over recall).
 */
export function clauseAround(toks: Token[], start: number, end: number): Token[] | null {
	const segs = segments(toks);
	// Enumeration commas ("Ceny prądu, gazu i opału wzrosły") leave verbless pieces: glue them on.
	const merged: Token[][] = [];
	for (const seg of segs) {
		const prev = merged[merged.length - 1];
		const first = seg[0].text.toLowerCase();
		if (prev && !prev.some(isVerbToken) && !SUBORDINATORS.test(first) && first !== 'że') prev.push(...seg);
		else merged.push([...seg]);
	}
	const idx = merged.findIndex((s) => s[0].start <= start && s[s.length - 1].end >= end);
	if (idx < 0) return null;
	let clause = merged[idx];
	const firstOfSentence = clause[0] === toks[0];
	const head = clause[0].text.toLowerCase();
	if (SUBORDINATORS.test(head)) return null;
	if (!firstOfSentence && head !== 'że') {
		if (!COORD.has(head)) return null;
		// "…, a paliwa potaniały": keep only when a subject stands before the verb.
		const v = clause.findIndex(isVerbToken);
		if (v < 2) return null;
	}
	if (head === 'że' || COORD.has(head)) clause = clause.slice(1);
	while (clause.length && CONNECTIVES.has(clause[0].text.toLowerCase()) && clause[0].end <= start) clause = clause.slice(1);
	// Discourse particles inside the clause carry nothing a question needs.
	clause = clause.filter((t) => !INNER_CONNECTIVES.has(t.text.toLowerCase()));
	if (!clause.some(isVerbToken)) return null;
	// A second finite verb means two clauses without a comma ("… i zakończyły się …"): too risky.
	if (clause.filter(isVerbToken).length > 1) return null;
	return clause;
}

/** Some token could be a nominative noun: the clause has an explicit subject candidate. */
export function hasNominative(toks: Token[]): boolean {
	return toks.some(
		(t) => t.word && (wordInfo(t.text).nom || analyze(t.text).some((a) => a.tags.some((g) => /^(subst|adj|ppron3|num).*:nom/.test(g))))
	);
}

/** Rebuild text from tokens, keeping the article's own spacing inside contiguous runs. */
export function joinTokens(text: string, toks: Token[]): string {
	let out = '';
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (i === 0) out = t.text;
		else {
			const prev = toks[i - 1];
			const gap = text.slice(prev.end, t.start);
			out += /^\s*$/.test(gap) ? (gap.length ? ' ' : '') + t.text : ' ' + t.text;
		}
	}
	return out;
}
