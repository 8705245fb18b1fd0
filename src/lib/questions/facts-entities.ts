import { analyze } from '../polish/morphology';
import { type Sentence, type Token, isCapitalized } from './facts-text';
import { FIRST_NAME, ORG_STEMS, ROLE_HEAD, TITLE_WORDS } from './facts-lexicon';

type EntityKind = 'person' | 'org' | 'place' | 'name';

export interface Entity {
	kind: EntityKind;
	text: string;
	start: number;
	end: number;
	sentence: number;
	/** Index of the first/last token inside the sentence's token list. */
	from: number;
	to: number;
	/** A person whose first name is in the nominative: safe as a "Kto" answer. */
	nominative: boolean;
	role?: { text: string; start: number; end: number };
}

const PLACE_PREPS = new Set(['w', 'we', 'na', 'do', 'z', 'ze', 'pod', 'nad', 'przy', 'koło', 'niedaleko', 'od']);

function isNameToken(t: Token): boolean {
	return t.word && isCapitalized(t.text) && !/^\d/.test(t.text);
}

function firstNameOf(word: string): { known: boolean; nominative: boolean } {
	if (FIRST_NAME.has(word)) return { known: true, nominative: true };
	const known = analyze(word).some((a) => FIRST_NAME.has(a.lemma));
	return { known, nominative: false };
}

function isOrgWord(word: string): boolean {
	if (/^\p{Lu}{2,6}$/u.test(word)) return true;
	const w = word.toLowerCase();
	return ORG_STEMS.some((s) => w.startsWith(s));
}

/** Capitalised words used mid-sentence somewhere in the article: a sentence-initial word among them is a name too. */
function midSentenceNames(sentences: Sentence[], tokens: Token[][]): Set<string> {
	const out = new Set<string>();
	sentences.forEach((_, i) => {
		tokens[i].forEach((t, j) => {
			if (j > 0 && isNameToken(t) && tokens[i][j - 1].text !== '„') out.add(t.text);
		});
	});
	return out;
}

function roleBefore(toks: Token[], from: number, sentence: Sentence): Entity['role'] | undefined {
	let end = from;
	while (end > 0 && TITLE_WORDS.has(toks[end - 1].text.toLowerCase())) end--;
	for (let i = end - 1; i >= Math.max(0, end - 9); i--) {
		const t = toks[i];
		if (!t.word) return undefined;
		if (ROLE_HEAD.has(t.text.toLowerCase())) {
			if (i === end) return undefined;
			const start = toks[i].start;
			const stop = toks[end - 1].end;
			const text = sentence.text.slice(start - sentence.start, stop - sentence.start);
			return { text, start, end: stop };
		}
	}
	return undefined;
}

export function findEntities(sentences: Sentence[], tokens: Token[][], known = midSentenceNames(sentences, tokens)): Entity[] {
	const out: Entity[] = [];
	sentences.forEach((s, si) => {
		const toks = tokens[si];
		let i = 0;
		while (i < toks.length) {
			if (!isNameToken(toks[i]) || (i === 0 && !known.has(toks[i].text) && !(toks[1] && isNameToken(toks[1])))) {
				i++;
				continue;
			}
			let j = i;
			while (j + 1 < toks.length && isNameToken(toks[j + 1])) j++;
			// A role head at the start of a sentence is not part of the name ("Minister …").
			if (ROLE_HEAD.has(toks[i].text.toLowerCase()) && i < j) i++;
			// Split "Narodowego Banku Polskiego Adam Glapiński" before the first name.
			let split = -1;
			for (let k = i + 1; k <= j; k++)
				if (firstNameOf(toks[k].text).known && k < j) {
					split = k;
					break;
				}
			const runs: [number, number][] =
				split > 0
					? [
							[i, split - 1],
							[split, j]
						]
					: [[i, j]];
			runs.forEach(([a, b], r) => out.push(classify(s, si, toks, a, b, r === 0 && runs.length > 1)));
			i = j + 1;
		}
	});
	return out;
}

function classify(s: Sentence, si: number, toks: Token[], a: number, b: number, beforeName = false): Entity {
	const start = toks[a].start;
	const end = toks[b].end;
	const text = s.text.slice(start - s.start, end - s.start);
	const base = { text, start, end, sentence: si, from: a, to: b };
	const first = firstNameOf(toks[a].text);
	if (first.known && b > a && !isOrgWord(toks[b].text)) {
		return { ...base, kind: 'person', nominative: first.nominative, role: roleBefore(toks, a, s) };
	}
	const role = beforeName ? undefined : roleBefore(toks, a, s);
	if (role && b > a && !toks.slice(a, b + 1).some((t) => isOrgWord(t.text))) {
		return { ...base, kind: 'person', nominative: true, role };
	}
	if (toks.slice(a, b + 1).some((t) => isOrgWord(t.text))) return { ...base, kind: 'org', nominative: false };
	const prev = toks[a - 1]?.text.toLowerCase();
	if (prev && PLACE_PREPS.has(prev) && b - a <= 1) return { ...base, kind: 'place', nominative: false };
	return { ...base, kind: 'name', nominative: false };
}
