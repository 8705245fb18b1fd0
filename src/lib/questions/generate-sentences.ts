// Questions built on whole sentences, so that a real article with few dates and numbers still fills
// a quiz: true/false statements (as written, or made false by one swap), putting the article's
// statements in order, and "Kto …?" for a named person or institution that is the subject.
import { entitiesIn, factsIn, type ArticleFacts, type Fact } from './facts';
import { tokenize, type Sentence, type Token } from './facts-text';
import { droppedSubject, isFemale, withSubject } from './dropped-subject';
import { sentenceEvidence, whoDrafts, type Draft } from './generate-forms';
import type { Entity } from './facts-entities';
import { distractorsFor, hashKey, seededShuffle } from './distractors';
import { wordInfo, toMasculineSg } from './grammar';
import { needsContext } from './reference';
import { clutterIn } from './lint';
import { clauseAround, isVerbToken } from './clause';
import { subjectOf } from './subject';
import { buildWh } from './generate-wh';
import { isSpeechVerb, ROLE_HEAD, TITLE_WORDS } from './facts-lexicon';
import { comparesWithUnsaid, detach, halfPair, leansOnContext, speechTagged } from './context-words';
import { oppositeIn } from './antonyms';
import { looksLikeTypo } from '../polish/typos';
import { analyze } from '../polish/morphology';
import { withoutFinalStop } from '../polish/final-stop';

const isVerb = (w: string) => !!wordInfo(w).verb;
const COMPARISON =
	/(?<!\p{L})(?:z|od)\s+[\d,]+\s*\S*\s+do\s+\d|(?<!\p{L})(?:wobec|niż|mniej|więcej|wzr\p{L}+|spad\p{L}+|wyprzedz\p{L}+|przewag\p{L}+)(?!\p{L})/u;
const QUOTES = /[„“”"«»]|^\s*[—–-]/;
/** "… - powiedział trener": a dash before a verb of saying closes a quotation. */
const SPEECH_DASH =
	/\s[-–—]\s*(?:\p{Ll}+ )?(?:powiedział|podkreślił|dodał|zaznaczył|mówi|dodaje|podkreśla|zaznacza|stwierdził|ocenia|tłumaczy|wyjaśnia|przekonuje|uważa|przyznał|przekazał|poinformował|twierdzi|zauważa|zauważył|apelował|pisze|napisał|informuje|czytamy)/u;
// "w tych regionach", "ten film": the reader must know what was named before.
const DEMONSTRATIVE = /(^|[\s,])(ten|ta|te|tego|tej|tych|tym|tymi|tę|tamten\p{L}*|taki\p{L}*|owy|owa|owe)(?=\s)/iu;
const TIME_DEIXIS =
	/(?<!\p{L})(w tym|w tej|tego|ten|tym)\s+(roku|sezonie|tygodniu|miesiącu|dniu|rok|sezon|tydzień|miesiąc|czasie)|tym samym|przy tym|poza tym|mimo to|w tym(?!\p{L})/giu;

/** A sentence a learner can judge on its own: complete, declarative, no pronoun pointing outside, no direct speech. */
export function standsAlone(a: ArticleFacts, s: Sentence, maxWords = 32, toks = a.tokens[s.index]): boolean {
	return whyNotAlone(a, s, maxWords, toks) === null;
}

/** notAlone, with the length limit, judged once per sentence and article (ordering and true/false both ask). */
function whyNotAlone(a: ArticleFacts, s: Sentence, maxWords: number, toks: Token[]): string | null {
	const n = toks.filter((t) => t.word).length;
	if (n < 6 || n > maxWords) return 'length';
	let memo = verdicts.get(a);
	if (!memo) verdicts.set(a, (memo = new Map()));
	const key = `${s.start}:${s.end}:${s.text.length}`;
	let why = memo.get(key);
	if (why === undefined) memo.set(key, (why = notAlone(a, s, toks)));
	return why;
}

const verdicts = new WeakMap<ArticleFacts, Map<string, string | null>>();

/** A lone lowercase noun (no adjective before it, no complement after it) whose word the article used in an earlier sentence. */
function mentionedBefore(a: ArticleFacts, s: Sentence, subject: Token, toks: Token[]): boolean {
	if (!/^\p{Ll}/u.test(subject.text) && toks[0] !== subject) return false;
	const i = toks.indexOf(subject);
	const before = toks[i - 1];
	const after = toks[i + 1];
	if (before?.word && wordInfo(before.text).adj && !wordInfo(before.text).prep) return false;
	// A complement or an adjective after it ("Niedźwiedzie brunatne") says which one.
	if (after?.word && (wordInfo(after.text).noun || wordInfo(after.text).adj || /^\p{Lu}/u.test(after.text)) && !wordInfo(after.text).verb)
		return false;
	const found = analyze(subject.text);
	// A name ("Kubacki", "Polska") is not a bare common noun.
	if (!found.length || found.some((x) => /^\p{Lu}/u.test(x.lemma))) return false;
	const lemmas = new Set(found.map((x) => x.lemma.toLowerCase()));
	const first = firstMentions(a, s.index);
	return [...lemmas].some((l) => (first.get(l) ?? Infinity) < s.index);
}

const mentions = new WeakMap<ArticleFacts, { first: Map<string, number>; read: number }>();

/** The first sentence each base form occurs in, read once per article and only as far as asked (statements are judged best first). */
function firstMentions(a: ArticleFacts, upTo: number): Map<string, number> {
	let m = mentions.get(a);
	if (!m) mentions.set(a, (m = { first: new Map(), read: 0 }));
	for (; m.read < upTo; m.read++) {
		for (const t of a.tokens[m.read]) {
			if (!t.word) continue;
			for (const x of analyze(t.text)) {
				const l = x.lemma.toLowerCase();
				if (!m.first.has(l)) m.first.set(l, m.read);
			}
		}
	}
	return m.first;
}

/** Why a sentence cannot be a statement of its own (a word for each check), or null when it can. */
function notAlone(a: ArticleFacts, s: Sentence, toks: Token[]): string | null {
	if (!s.usable || !/^[\p{Lu}\d]/u.test(s.text) || !/[^.]\.$/.test(s.text.trim())) return 'shape';
	// A score ("7:5") is not a colon introducing a list or speech.
	if (QUOTES.test(s.text.slice(0, 2)) || /[?!;()]/.test(s.text) || clutterIn(s.text)) return 'marks';
	if (/(?<!\d):|:(?!\d)/.test(s.text) && !listColon(s.text)) return 'marks';
	// Quotation marks only around a title ("film „Wszystkie nasze strachy”"), never speech; a dash only as an aside.
	const marks = s.text.match(/[„“”"«»]/g) ?? [];
	if (marks.length % 2 || SPEECH_DASH.test(s.text) || speechTagged(s.text)) return 'speech';
	if (DEMONSTRATIVE.test(s.text.replace(TIME_DEIXIS, ''))) return 'demonstrative';
	if (leansOnContext(detach(s.text)) || comparesWithUnsaid(s.text)) return 'leaning';
	if (halfPair(s.text)) return 'half-pair';
	// "Jego bohaterem jest…", "Część kraju…", "Mowa o…": leans on the sentences before.
	if (/^(jego|jej|ich|ci|tak|oprócz|poza|obecnie|teraz|dziś|dzisiaj|wczoraj|jutro|część|mowa|chodzi|oto)$/i.test(toks[0].text))
		return 'opening';
	if (needsContext(s.text, isVerb)) return 'pronoun';
	// "Przed godziną 13 były na minusie", "Długo ukrywał się…": no subject of its own, so not a statement on its own.
	const subject = subjectOf(toks);
	if (!subject) return 'no-subject';
	// "Tablica znajduje się…" after "odsłonięto tablicę": a bare noun named before means "the one just mentioned".
	if (subject !== 'none needed' && mentionedBefore(a, s, subject, toks)) return 'named-before';
	return hasUnknownWord(toks) ? 'typo' : null;
}

/**
 * "Do końca kadencji pozostały dwa posiedzenia: 30 sierpnia i 11 września.": a colon after a clause of its own that
 * opens a list or an explanation, not speech ("Synoptycy zapowiadają: …", "– Więc…") nor a speaker's label ("Anna Nowak, ministra: …").
 */
function listColon(text: string): boolean {
	const at = text.search(/(?<!\d):|:(?!\d)/);
	const head = text.slice(0, at);
	const tail = text.slice(at + 1).trim();
	if (/[:]/.test(tail) || /^[„“"«—–-]/.test(tail)) return false;
	const words = head.split(/\s+/);
	return words.some((w) => wordInfo(w).verb === 'fin' || wordInfo(w).verb === 'praet') && !speechTagged(' - ' + words.at(-1)!);
}

/** The sentence without its asides in brackets, or null when it has none or they nest or do not pair. */
function withoutAsides(text: string): string | null {
	const out = text.replace(/\s*\([^()]*\)/g, '');
	return out === text || /[()]/.test(out) ? null : out;
}

/** A typo of the page ("przesunać") is not worth copying into a question. */
function hasUnknownWord(toks: Token[]): boolean {
	return toks.some((t) => t.word && /^\p{Ll}{3,}$/u.test(t.text) && looksLikeTypo(t.text));
}

function sentenceFact(s: Sentence): Fact {
	return { kind: 'sentence', text: s.text, start: s.start, end: s.end, sentence: s };
}

const female = (e: Entity) => isFemale(e.text);

/** Another entity of the same kind and form that can stand in this one's place. */
function swapFor(a: ArticleFacts, e: Entity): Entity | null {
	const surname = (x: Entity) => x.text.split(' ').at(-1)!;
	const pool = a.entities.filter((x) => {
		if (x.sentence === e.sentence || x.text === e.text || surname(x) === surname(e)) return false;
		if (e.kind === 'person') return x.kind === 'person' && x.nominative && x.text.includes(' ') && female(x) === female(e);
		// Places are not swapped: "w Chinach" and "w Ningbo" can both be true of one match.
		return false;
	});
	// The nearest one: a plausible mix-up for a reader.
	pool.sort((x, y) => Math.abs(x.sentence - e.sentence) - Math.abs(y.sentence - e.sentence));
	return pool[0] ?? null;
}

/** A person named as the subject ("Anna Nowak otworzyła…"), not in an apposition ("konstytucjonalista dr Jan Nowak"). */
function swappablePerson(a: ArticleFacts, e: Entity): boolean {
	if (e.kind !== 'person' || !e.nominative || !e.text.includes(' ')) return false;
	const prev = a.tokens[e.sentence][e.from - 1]?.text.toLowerCase();
	return (
		!prev || (!ROLE_HEAD.has(prev) && !TITLE_WORDS.has(prev) && !/^\p{L}+$/u.test(prev)) || wordInfo(prev).prep || !!wordInfo(prev).verb
	);
}

/** The sentence made false: another person of the same gender, the opposite word, or another figure or date of the article. */
function falseVersion(a: ArticleFacts, s: Sentence): string | null {
	const at = (start: number, end: number, text: string) => s.text.slice(0, start - s.start) + text + s.text.slice(end - s.start);
	const inside = (x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;
	for (const e of entitiesIn(a, s.index).filter((x) => inside(x) && swappablePerson(a, x))) {
		const other = swapFor(a, e);
		if (other && !s.text.includes(other.text)) return at(e.start, e.end, other.text);
	}
	// "z 7 do 9", "wobec 24 proc.": a figure compared with another, swapped, may contradict the sentence itself.
	const compares = COMPARISON.test(s.text) && (s.text.match(/\d+/g) ?? []).length > 1;
	for (const f of factsIn(a, s.index).filter((x) => inside(x) && (x.kind === 'time' || (x.kind === 'quantity' && !compares)))) {
		const year = f.kind === 'time' && f.time!.kind === 'year' && f.time!.year ? String(f.time!.year) : null;
		const [wrong] = distractorsFor(f, a.facts, year ?? f.text, 1, f.kind === 'quantity' || !!year);
		if (!wrong || s.text.includes(wrong)) continue;
		// A year is swapped for a year inside its phrase ("w 2025 roku" → "w 2019 roku").
		if (year) {
			const i = f.text.indexOf(year);
			if (i >= 0 && /^\d{4}$/.test(wrong)) return at(f.start + i, f.start + i + 4, wrong);
			continue;
		}
		return at(f.start, f.end, f.start > s.start && !/^\p{Lu}/u.test(f.text) ? midSentence(wrong) : wrong);
	}
	const opposite = oppositeIn(s.text);
	if (opposite) return s.text.slice(0, opposite.start) + opposite.word + s.text.slice(opposite.end);
	return null;
}

/** "W środę" taken from the start of another sentence goes mid-sentence as "w środę" (names keep their capital). */
function midSentence(phrase: string): string {
	const found = analyze(phrase.split(' ')[0]);
	const common = found.length > 0 && found.every((x) => /^\p{Ll}/u.test(x.lemma));
	return common ? phrase.charAt(0).toLocaleLowerCase('pl') + phrase.slice(1) : phrase;
}

/** "Budowa trwała 26 miesięcy, a koszt wyniósł 186 mln zł." → its two main clauses as sentences of their own. */
export function mainClauses(a: ArticleFacts, s: Sentence): { clause: Sentence; toks: Token[] }[] {
	const out: { clause: Sentence; toks: Token[] }[] = [];
	const cut = /,\s+(?:a|ale|lecz)\s+|;\s+/gu;
	let from = 0;
	const body = s.text.replace(/\.$/, '');
	const pieces: [number, number][] = [];
	for (const m of body.matchAll(cut)) {
		pieces.push([from, m.index!]);
		from = m.index! + m[0].length;
	}
	// "nie tylko X, ale Y", "zarówno X, jak i Y": the halves are one statement.
	if (!pieces.length || halfPair(body.slice(0, pieces[0][1]))) return out;
	pieces.push([from, body.length]);
	for (const [x, y] of pieces) {
		const raw = body.slice(x, y);
		const text = raw.charAt(0).toLocaleUpperCase('pl') + raw.slice(1) + '.';
		const start = s.start + x;
		const clause: Sentence = { ...s, text, start, end: start + raw.length };
		const toks = a.tokens[s.index].filter((t) => t.start >= start && t.end <= start + raw.length);
		if (toks.length) out.push({ clause, toks });
	}
	return out;
}

/** True/false on a sentence that stands alone: as written, or made false by one swap (about half of them). */
export function sentenceTrueFalse(a: ArticleFacts, s: Sentence, toks = a.tokens[s.index], evidenceOf: Sentence = s): Draft | null {
	let why = whyNotAlone(a, s, 32, toks);
	// "(woj. łódzkie)", "(9,1 TWh)": an aside in brackets goes; the statement is as true without it.
	const aside = why === 'marks' ? withoutAsides(s.text) : null;
	if (aside) why = whyNotAlone(a, { ...s, text: aside }, 32, tokenize(aside, s.start));
	// A whole sentence whose subject the sentence before names: the name is written in.
	const subject = why === 'no-subject' && s === evidenceOf ? droppedSubject(a, s, toks) : null;
	if (why && !subject) return null;
	const firstIsName = entitiesIn(a, s.index).some((e) => e.from === 0) || a.capitals.has(toks[0].text);
	const shown = (raw: string) => {
		const text = detach(aside ? (withoutAsides(raw) ?? raw) : raw);
		return subject ? withSubject(subject.name, text, firstIsName) : text;
	};
	const asTrue = shown(s.text);
	if (subject) {
		const still = whyNotAlone(a, { ...s, text: asTrue }, 32, tokenize(asTrue, s.start));
		// "Mężczyzna" was named before by construction: that is the point here, not a fault.
		if (still && !(still === 'named-before' && subject.common)) return null;
	}
	const wantFalse = hashKey(s.text).charCodeAt(1) % 5 < 3;
	const changed = wantFalse ? falseVersion(a, s) : null;
	// A swap inside the aside would vanish with it.
	const asFalse = changed ? shown(changed) : null;
	const isFalse = !!asFalse && asFalse !== asTrue;
	return {
		type: 'truefalse',
		prompt: isFalse ? asFalse : asTrue,
		answer: isFalse ? 'Fałsz' : 'Prawda',
		accept: [],
		options: ['Prawda', 'Fałsz'],
		evidence: sentenceEvidence(evidenceOf),
		skill: 'detail',
		difficulty: 1,
		fact: sentenceFact(evidenceOf),
		base: isFalse ? 0.5 : 0.42
	};
}

/** Four statements of the article, from its beginning to its end, to put in the order the text gives them. */
export function textOrderDraft(a: ArticleFacts): Draft | null {
	const seen = new Set<string>();
	// Concrete statements (a name or a figure) are easier to place than general remarks.
	const fit = a.sentences.filter((s) => standsAlone(a, s, 20) && /\d|\s\p{Lu}/u.test(s.text) && !seen.has(s.text) && seen.add(s.text));
	const n = Math.min(4, fit.length);
	if (n < 3) return null;
	const picked: Sentence[] = [];
	for (let k = 0; k < n; k++) picked.push(fit[Math.round((k * (fit.length - 1)) / (n - 1))]);
	// The final full stop goes; an abbreviation's dot stays ("14,8 proc.").
	const labels = picked.map((s) => withoutFinalStop(s.text.trim()));
	let options = seededShuffle(labels, labels.join('|'));
	if (options.join() === labels.join()) options = [...labels.slice(1), labels[0]];
	return {
		type: 'order',
		prompt: 'Ułóż informacje w takiej kolejności, w jakiej podaje je tekst.',
		answer: labels.join('\n'),
		accept: [],
		options,
		evidence: sentenceEvidence(picked[0]),
		skill: 'sequence',
		difficulty: 2,
		fact: sentenceFact(picked[0]),
		base: 0.4
	};
}

/** "Jan Kowalski zdobył…" → "Kto zdobył…?": a named person opening the sentence as its subject. */
export function personWh(a: ArticleFacts, e: Entity): { prompt: string; answer: string; accept: string[] } | null {
	// An institution opening the sentence is its subject too ("Sąd Okręgowy w Olsztynie skazał…").
	const institution =
		e.kind === 'org' && e.from === 0 && e.to > e.from && !/^(Według|Zdaniem|Dla|Od|Do|W|Z|Na|Po|Przez)$/.test(e.text.split(' ')[0]);
	if (!institution && (e.kind !== 'person' || !e.nominative || !e.text.includes(' '))) return null;
	const toks = a.tokens[e.sentence];
	const start = e.role && e.from > 0 ? toks.findIndex((t) => t.start === e.role!.start) : e.from;
	if (start !== 0) return null;
	const next = toks[e.to + 1];
	if (!next || !isVerbToken(next) || wordInfo(next.text).plural || isSpeechVerb(next.text)) return null;
	const clause = clauseAround(toks, toks[0].start, e.end);
	if (!clause || clause[0] !== toks[0]) return null;
	const names = entitiesIn(a, e.sentence)
		.filter((x) => x.text.includes(' '))
		.map((x) => ({ start: x.start, end: x.end }));
	const prompt = buildWh({
		text: a.text,
		clause,
		removeStart: toks[0].start,
		removeEnd: e.end,
		wh: 'Kto',
		names,
		capitals: a.capitals,
		factIsSubject: true,
		verbForm: (w) => (wordInfo(w).verb === 'praet' ? toMasculineSg(w) : w)
	});
	if (!prompt || prompt.split(' ').length > 22 || prompt.split(' ').length < 4) return null;
	return { prompt, answer: e.text, accept: institution ? [] : [e.text.split(' ').at(-1)!] };
}

export function personDrafts(a: ArticleFacts): Draft[] {
	const out: Draft[] = [];
	// Who else could have done it: full names of the same kind, named as subjects (institutions opening a sentence).
	const named = (kind: string) =>
		a.entities.filter(
			(x) => x.kind === kind && (x.nominative || x.kind === 'org') && (kind !== 'org' || x.from === 0) && x.text.includes(' ')
		);
	const candidates = { person: named('person'), org: named('org') };
	for (const e of a.entities) {
		if (!a.sentences[e.sentence].usable) continue;
		const wh = personWh(a, e);
		if (!wh) continue;
		const fact: Fact = { kind: 'person', text: e.text, start: e.start, end: e.end, sentence: a.sentences[e.sentence], entity: e };
		const surname = e.text.split(' ').at(-1);
		const others = [
			...new Set(
				(e.kind === 'org' ? candidates.org : candidates.person).filter((x) => x.text.split(' ').at(-1) !== surname).map((x) => x.text)
			)
		];
		out.push(...whoDrafts({ ...wh, fact, others, bases: [0.72, 0.6] }));
	}
	return out;
}
