import { findQuantities } from '../polish/numbers';
import { findTimeExpressions, type TimeExpr } from '../polish/dates';
import { articleSentences, tokenize, type Sentence, type Token } from './facts-text';
import { findEntities, type Entity } from './facts-entities';
import { findQuotes, type Quote } from './facts-quotes';
import { wordInfo } from './grammar';
import { analyze } from '../polish/morphology';

/** sentence: a whole statement (true/false, ordering); word: one word form (word-form gaps). */
type FactKind = 'time' | 'quantity' | 'person' | 'place' | 'quote' | 'role' | 'sentence' | 'word';

export interface Fact {
	kind: FactKind;
	/** The answer as written in the text, and its span (for a quote: the verb of saying). */
	text: string;
	start: number;
	end: number;
	sentence: Sentence;
	time?: TimeExpr;
	quantity?: { value: number; unit?: string; modifier?: string; noun?: string; nounEnd?: number; personal?: boolean; prep?: string };
	entity?: Entity;
	quote?: Quote;
}

export interface ArticleFacts {
	text: string;
	sentences: Sentence[];
	tokens: Token[][];
	entities: Entity[];
	/** Capitalised words seen mid-sentence: a sentence-initial word sharing their stem keeps its capital. */
	capitals: Set<string>;
	facts: Fact[];
}

const MODIFIERS = new Set([
	'ponad',
	'około',
	'ok',
	'blisko',
	'prawie',
	'niemal',
	'aż',
	'zaledwie',
	'tylko',
	'przeszło',
	'niespełna',
	'mniej',
	'więcej'
]);

/** The sentence holding [start, end), by binary search over sentences in text order (-1 when none does). */
function sentenceAt(sentences: Sentence[], start: number, end: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (sentences[mid].start <= start) lo = mid;
		else hi = mid - 1;
	}
	const s = sentences[lo];
	return s && s.start <= start && end <= s.end ? lo : -1;
}

const perSentence = new WeakMap<ArticleFacts, { entities: Entity[][]; facts: Fact[][] }>();

function bySentence(a: ArticleFacts) {
	let index = perSentence.get(a);
	if (!index) {
		index = { entities: a.sentences.map(() => []), facts: a.sentences.map(() => []) };
		for (const e of a.entities) index.entities[e.sentence]?.push(e);
		for (const f of a.facts) index.facts[f.sentence.index]?.push(f);
		perSentence.set(a, index);
	}
	return index;
}

/** The entities of one sentence, in text order: questions ask this per fact, so it is indexed once per article. */
export function entitiesIn(a: ArticleFacts, sentence: number): Entity[] {
	return bySentence(a).entities[sentence] ?? [];
}

/** The facts of one sentence, in text order. */
export function factsIn(a: ArticleFacts, sentence: number): Fact[] {
	return bySentence(a).facts[sentence] ?? [];
}

function timeFacts(a: Omit<ArticleFacts, 'facts' | 'capitals'>): Fact[] {
	const out: Fact[] = [];
	const found = findTimeExpressions(a.text);
	for (const [i, t] of found.entries()) {
		const next = found[i + 1];
		// "Sobota" mid-sentence is a surname, not a day.
		if (t.kind === 'weekday' && /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(a.text.slice(Math.max(0, t.start - 3), t.start))) continue;
		// "w sobotę 28 września", "We wtorek, 14 października,": the weekday belongs to the date that follows it.
		if (t.kind === 'weekday' && next && /^(\s+|,\s+)$/.test(a.text.slice(t.end, next.start))) {
			next.start = t.start;
			next.text = a.text.slice(t.start, next.end);
			continue;
		}
		const si = sentenceAt(a.sentences, t.start, t.end);
		if (si < 0 || !a.sentences[si].usable) continue;
		let end = t.end;
		// "o godzinie 17" right after a date belongs to the same moment.
		const tail =
			/^\s+(?:o godz(?:inie|\.)|do godz(?:iny|\.)|od godz(?:iny|\.))\s+\d{1,2}(?:[.:]\d{2})?(?:\s+(?:rano|wieczorem|po południu))?/.exec(
				a.text.slice(end, end + 40)
			);
		if (tail) end += tail[0].length;
		out.push({ kind: 'time', text: a.text.slice(t.start, end), start: t.start, end, sentence: a.sentences[si], time: t });
	}
	return out;
}

function quantityFacts(a: Omit<ArticleFacts, 'facts' | 'capitals'>): Fact[] {
	const out: Fact[] = [];
	for (const q of findQuantities(a.text)) {
		const si = sentenceAt(a.sentences, q.start, q.end);
		if (si < 0 || !a.sentences[si].usable) continue;
		const toks = a.tokens[si];
		const first = toks.findIndex((t) => t.start >= q.start);
		const after = toks.findIndex((t) => t.start >= q.end);
		let start = q.start;
		let modifier: string | undefined;
		const before = toks[first - 1];
		if (before && MODIFIERS.has(before.text.toLowerCase())) {
			modifier = before.text;
			start = before.start;
		} else if (before?.text === '.' && toks[first - 2]?.text.toLowerCase() === 'ok') {
			modifier = 'ok.';
			start = toks[first - 2].start;
		}
		const prevTok = toks.findLast((t) => t.end <= start);
		const prep = prevTok && wordInfo(prevTok.text).prep ? prevTok.text.toLowerCase() : undefined;
		let noun: string | undefined;
		let nounEnd: number | undefined;
		const next = after >= 0 ? toks[after] : undefined;
		if (!q.unit && next?.word && wordInfo(next.text).genPl && !wordInfo(next.text).verb) {
			noun = next.text;
			nounEnd = next.end;
			// Keep genitive adjectives after the noun ("żołnierzy rosyjskich").
			let k = after + 1;
			while (toks[k]?.word && wordInfo(toks[k].text).adjGenPl && !/^\p{Lu}/u.test(toks[k].text) && !wordInfo(toks[k].text).verb) {
				noun += ' ' + toks[k].text;
				nounEnd = toks[k].end;
				k++;
			}
		}
		if (!q.unit && !noun) continue;
		const joiner = toks[first - 1]?.text;
		if (
			(joiner === 'i' || joiner === 'oraz') &&
			/^\d|^\p{L}+$/u.test(toks[first - 2]?.text ?? '') &&
			(/^\d/.test(toks[first - 2]?.text ?? '') || wordInfo(toks[first - 2]?.text ?? '').noun) &&
			toks[first - 3] &&
			/^\d/.test(toks[first - 3].text)
		)
			continue;
		// "od 150 do 200 tysięcy": the first number of a range is not a quantity on its own.
		if (toks[after]?.text === 'do' && /^\d/.test(toks[after + 1]?.text ?? '')) continue;
		if (noun) {
			let k = toks.findIndex((t) => t.start >= (nounEnd ?? 0));
			if (
				toks[k]?.word &&
				wordInfo(toks[k].text).genPl &&
				wordInfo(toks[k].text).noun &&
				!wordInfo(toks[k].text).verb &&
				!wordInfo(toks[k].text).prep &&
				!/^\p{Lu}/u.test(toks[k].text)
			)
				nounEnd = toks[k++].end;
			// "żołnierzy Armii Krajowej", "naukowców i studentów" belong to the counted noun.
			while (toks[k]?.word && /^\p{Lu}/u.test(toks[k].text) && !wordInfo(toks[k].text).verb) nounEnd = toks[k++].end;
			if (
				/^(i|oraz)$/.test(toks[k]?.text ?? '') &&
				toks[k + 1]?.word &&
				wordInfo(toks[k + 1].text).genPl &&
				!wordInfo(toks[k + 1].text).verb
			)
				nounEnd = toks[k + 1].end;
			noun = a.text.slice(toks[after].start, nounEnd);
		}
		out.push({
			kind: 'quantity',
			text: a.text.slice(start, q.end),
			start,
			end: q.end,
			sentence: a.sentences[si],
			quantity: { value: q.value, unit: q.unit, modifier, noun, nounEnd, prep, personal: undefined }
		});
	}
	return out;
}

function entityFacts(a: Omit<ArticleFacts, 'facts' | 'capitals'>): Fact[] {
	const out: Fact[] = [];
	for (const e of a.entities) {
		const s = a.sentences[e.sentence];
		if (!s.usable) continue;
		if (e.kind === 'person' && e.role && e.nominative)
			out.push({ kind: 'role', text: e.role.text, start: e.role.start, end: e.role.end, sentence: s, entity: e });
		if (e.kind === 'person') out.push({ kind: 'person', text: e.text, start: e.start, end: e.end, sentence: s, entity: e });
		if (e.kind === 'place') {
			const prev = a.tokens[e.sentence][e.from - 1];
			if (prev && /^(w|we)$/i.test(prev.text) && !commonNounHead(e))
				out.push({ kind: 'place', text: a.text.slice(prev.start, e.end), start: prev.start, end: e.end, sentence: s, entity: e });
		}
	}
	return out;
}

/** "w Pucharze Kontynentalnym", "w Lidze Mistrzów": a name headed by a common noun is a competition or an event, not a town. */
function commonNounHead(e: Entity): boolean {
	if (!e.text.includes(' ')) return false;
	const found = analyze(e.text.split(' ')[0]);
	return found.length > 0 && found.every((x) => x.lemma === x.lemma.toLowerCase() && x.tags.every((t) => t.startsWith('subst')));
}

/** Capitalised words standing alone mid-sentence ("w Sejmie"), not inside a longer name ("Festiwalu Polskich Filmów"). */
function singleNames(sentences: Sentence[], tokens: Token[][]): Set<string> {
	const cap = (t?: Token) => !!t && t.word && /^\p{Lu}/u.test(t.text);
	const out = new Set<string>();
	sentences.forEach((_, i) =>
		tokens[i].forEach((t, j) => {
			if (j > 0 && cap(t) && !cap(tokens[i][j - 1]) && !cap(tokens[i][j + 1])) out.add(t.text);
		})
	);
	return out;
}

export function analyzeArticle(text: string): ArticleFacts {
	const sentences = articleSentences(text);
	const tokens = sentences.map((s) => tokenize(s.text, s.start));
	const capitals = singleNames(sentences, tokens);
	const entities = findEntities(sentences, tokens, capitals);
	const base = { text, sentences, tokens, entities, capitals };
	const quotes = findQuotes(sentences, tokens, entities).map((q): Fact => ({
		kind: 'quote',
		text: q.verb,
		start: q.verbStart,
		end: q.verbEnd,
		sentence: sentences[q.sentence],
		quote: q
	}));
	const times = timeFacts(base);
	const facts = [...times, ...quantityFacts(base), ...entityFacts(base), ...quotes].sort(
		(x, y) => x.start - y.start || x.kind.localeCompare(y.kind)
	);
	return { ...base, facts };
}

/** Answerable facts (time, quantity, person, role, place, quote) with their evidence sentences. */
export function extractFacts(text: string): Fact[] {
	return analyzeArticle(text).facts;
}
