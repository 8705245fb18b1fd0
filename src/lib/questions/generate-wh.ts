import type { Token } from './facts-text';
import { isCapitalized, lowerFirst, upperFirst } from './facts-text';
import { isVerbToken, joinTokens } from './clause';
import { analyze } from '../polish/morphology';

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
	/** Subject substitution from reference resolution ("Rada" → "Rada NATO-Rosja"). */
	resolve?: (tok: Token) => string | null;
}

const PRONOUN_SUBJECT = /^(on|ona|ono|oni|one|to|ten|ta|te|tamten|jego|jej|ich|który|która|które|ja|my|wy|ty)$/i;

function shownWord(t: Token, names: WhInput['names']): string {
	if (!isCapitalized(t.text) || /^\p{Lu}{2,}/u.test(t.text)) return t.text;
	if (names.some((n) => n.start <= t.start && t.end <= n.end)) return t.text;
	// PoliMorf spells proper-noun lemmas with a capital ("Warszawa").
	if (analyze(t.text).some((a) => isCapitalized(a.lemma)) && !analyze(t.text).some((a) => !isCapitalized(a.lemma))) return t.text;
	return lowerFirst(t.text);
}

/** Builds "Wh [verb] [subject] [rest]?" from a clause, or null when the result would be doubtful. */
export function buildWh(input: WhInput): string | null {
	const { clause, removeStart, removeEnd, text, names } = input;
	const rest = clause.filter((t) => t.end <= removeStart || t.start >= removeEnd);
	if (rest.length === clause.length) return null;
	const v = rest.findIndex(isVerbToken);
	if (v < 0) return null;
	let vEnd = v + 1;
	if (rest[vEnd]?.text === 'się') vEnd++;
	// Modal + infinitive ("chce przeznaczyć", "mogą przystąpić") stays together.
	while (rest[vEnd] && /(ć|c)$/.test(rest[vEnd].text) && analyze(rest[vEnd].text).some((a) => a.tags.some((g) => g.includes('inf')))) vEnd++;
	const pre = rest.slice(0, v);
	const verbToks = rest.slice(v, vEnd).map((t) => ({ ...t }));
	const post = rest.slice(vEnd);
	if (pre.length && PRONOUN_SUBJECT.test(pre[0].text)) return null;
	if (input.verbForm) {
		const form = input.verbForm(verbToks[0].text);
		if (!form) return null;
		verbToks[0] = { ...verbToks[0], text: form };
	}
	const words = (toks: Token[]): string[] =>
		toks.map((t, i) => {
			if (t.start === clause[0].start && i === 0) {
				const resolved = input.resolve?.(t);
				if (resolved) return resolved;
				return shownWord(t, names);
			}
			return t.text;
		});
	const part = (toks: Token[]) => (toks.length ? rebuild(text, toks, words(toks)) : '');
	let body: string[];
	if (input.factIsSubject || pre.length === 0) body = [part(verbToks), part(pre), part(post)];
	else if (post.length === 0 && pre.filter((t) => t.word).length <= 5) body = [part(verbToks), part(pre)];
	else body = [part(pre), part(verbToks), part(post)];
	const q = [input.wh, ...body].filter(Boolean).join(' ').replace(/\s+/g, ' ').replace(/\s+([,.])/g, '$1').trim();
	return upperFirst(q.replace(/[.,;:\s]+$/, '')) + '?';
}

function rebuild(text: string, toks: Token[], shown: string[]): string {
	const swapped = toks.map((t, i) => ({ ...t, text: shown[i] }));
	return joinTokens(text, swapped);
}
