import type { ArticleFacts, Fact } from './facts';
import type { Draft } from './generate-forms';
import { wordInfo } from './grammar';
import { withFastLetters } from '../polish/fast-letters';
import { DraftPool, type DraftSource, type PoolEntry, type Rating } from './rank-pool';

const STOP = /^(który|która|które|jest|został|została|było|będzie|także|przez|oraz|jednak|tego|roku|roku|tylko|około|ponad|więcej)$/;

const LONG_WORD = withFastLetters(/\p{L}{4,}/gu);

function stems(s: string): string[] {
	return (s.toLowerCase().match(LONG_WORD) ?? []).filter((w) => !STOP.test(w)).map((w) => w.slice(0, 5));
}

/** How central each sentence is: shares words with the title and the rest of the article, and comes early. */
export function sentenceWeights(a: ArticleFacts): number[] {
	const all = a.sentences.map((s) => stems(s.text));
	const freq = new Map<string, number>();
	for (const ws of all) for (const w of new Set(ws)) freq.set(w, (freq.get(w) ?? 0) + 1);
	const title = new Set(a.sentences[0] && !a.sentences[0].usable ? all[0] : []);
	const lastPara = a.sentences.at(-1)?.paragraph ?? 1;
	return a.sentences.map((s, i) => {
		const ws = all[i];
		if (!ws.length) return 0;
		const shared = ws.filter((w) => (freq.get(w) ?? 0) > 1).length / ws.length;
		const inTitle = ws.some((w) => title.has(w)) ? 0.15 : 0;
		const early = 0.15 * (1 - s.paragraph / Math.max(1, lastPara));
		return Math.min(1, shared * 0.7 + inTitle + early);
	});
}

const ANAPHORIC = /(^|\s)(go|jego|jej|ich|nim|niej|niego|nią|ten|tego|tej|tym|wtedy|tam)(?=[\s,.])/i;

const leaning = new Map<string, boolean>();

/** A sentence shown on its own should say what it is about: no pronoun, no subjectless verb first. */
function dependsOnContext(sentence: string): boolean {
	let out = leaning.get(sentence);
	if (out === undefined) {
		const first = sentence
			.split(/\s+/)[0]
			.toLowerCase()
			.replace(/[^\p{L}]/gu, '');
		out = ANAPHORIC.test(sentence) || !!wordInfo(first).verb;
		// Every gap and statement on a sentence asks again, and so does the bound of each of its sources.
		if (leaning.size > 5000) leaning.clear();
		leaning.set(sentence, out);
	}
	return out;
}

/**
 * A draft's score before the ranking's penalties. Without a prompt it is the most any draft of that base,
 * fact, type and evidence can score (the prompt's length only takes away), which bounds a draft source.
 */
export function draftScore(
	d: Pick<Draft, 'base' | 'fact' | 'type'> & { evidence: { sentence: string }; prompt?: string },
	weights: number[]
): number {
	const f = d.fact;
	let s = d.base + 0.3 * (weights[f.sentence.index] ?? 0);
	if (f.kind === 'time' && f.time!.kind === 'weekday') s -= 0.35;
	if (f.kind === 'time' && f.time!.year) s += 0.08;
	if (f.kind === 'quantity' && f.quantity!.noun) s += 0.08;
	if (f.kind === 'role') s -= 0.12;
	if (f.kind === 'quote') s += 0.05;
	if ((d.type === 'gap' || d.type === 'truefalse') && dependsOnContext(d.evidence.sentence)) s -= 0.25;
	if (d.prompt === undefined) return s;
	const words = d.prompt.split(/\s+/).length;
	if (words > 24) s -= 0.1;
	if (words < 4 && d.type !== 'order') s -= 0.1;
	return s;
}

/** The most a draft's fact and evidence add to its base anywhere in the article (a bound for sources over many facts). */
export function mostFactScore(weights: number[]): number {
	return 0.3 * weights.reduce((m, w) => Math.max(m, w), 0) + 0.08;
}

const wordSets = new Map<string, Set<string>>();
function wordsOf(s: string): Set<string> {
	let w = wordSets.get(s);
	if (!w) {
		w = new Set(
			s
				.toLowerCase()
				.split(/\s+/)
				.map((x) => x.replace(/[.,;:?!„”"]+$/, ''))
		);
		if (wordSets.size > 5000) wordSets.clear();
		wordSets.set(s, w);
	}
	return w;
}

function near(a: string, b: string, inside = false): boolean {
	const x = wordsOf(a);
	const y = wordsOf(b);
	let common = 0;
	for (const w of x) if (y.has(w)) common++;
	// "Kiedy specjaliści przeszczepili 22 serca?" and "W 1966 roku specjaliści przeszczepili 22 serca.": the shorter is inside the longer.
	const shorter = Math.min(x.size, y.size);
	return common / Math.max(x.size, y.size) > 0.8 || (inside && shorter >= 5 && common / shorter > 0.8);
}

const MONTHS = '(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)';
const DAY_MONTH = new RegExp(`\\b\\d{1,2}\\s+${MONTHS}(?!\\p{L})`, 'u');

const keysOfAnswer = new Map<string, string[]>();

/** What of an answer must not be printed elsewhere: the answer itself, and a date's day and month ("1 sierpnia"). */
function answerKeys(answer: string): string[] {
	let keys = keysOfAnswer.get(answer);
	if (!keys) {
		// Every pair of questions is compared each round: the keys of an answer are worked out once.
		if (keysOfAnswer.size > 5000) keysOfAnswer.clear();
		keysOfAnswer.set(answer, (keys = keysFor(answer)));
	}
	return keys;
}

function keysFor(answer: string): string[] {
	const core = answer.toLowerCase().replace(/^(w|we|od|do|około|ponad)\s+/, '');
	const keys = core.length >= 2 ? [core] : [];
	const dm = DAY_MONTH.exec(core);
	if (dm && dm[0] !== core) keys.push(dm[0]);
	// "Jens Stoltenberg": a statement naming "Stoltenberg" gives the person away too.
	const name = /^(?:\p{Lu}\p{Ll}+\s)+(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)$/u.exec(answer.trim());
	if (name) keys.push(name[1].toLowerCase());
	return keys;
}

/** One question's prompt gives away another's answer (a quote or a true/false statement repeating a fact asked elsewhere). */
function leaks(a: Draft, b: Draft): boolean {
	if (a.type === 'order' || b.type === 'order') return false;
	// "Kiedy specjaliści przeszczepili 22 serca?" and "W 1966 roku specjaliści przeszczepili 22 serca.": one asks what the
	// other states. Word and form items quote whole sentences, a gap may show the sentence before: only asked sentences count.
	if (a.skill !== 'vocabulary' && b.skill !== 'vocabulary' && near(asked(a), asked(b), true)) return true;
	if (a.type === 'truefalse') return false;
	// "Jaką funkcję pełni X?" names X but does not say what X said.
	if (b.fact.kind === 'role' && (a.fact.kind === 'quote' || a.fact.kind === 'person')) return false;
	const prompt = b.prompt.toLowerCase();
	// A statement is judged as a whole: a month or weekday recurring across the story gives nothing away.
	return answerKeys(a.answer).some((k) => prompt.includes(k) && (b.type !== 'truefalse' || a.fact.kind !== 'time' || /\d/.test(k)));
}

/** Two questions of one type with one answer ask the same thing; "Prawda" and "Fałsz" are shared by every statement. */
function sameAnswer(o: Draft, x: Draft, inQuiz = true): boolean {
	if (x.type === 'truefalse' || x.type === 'order' || x.type === 'form' || o.type === 'form') return false;
	// The same answer from the same sentence is the same fact, whatever form asks it.
	if (inQuiz && o.evidence.start === x.evidence.start && o.answer.toLowerCase() === x.answer.toLowerCase()) return true;
	return o.answer === x.answer && o.type === x.type && x.fact.kind !== 'quote';
}

/** Asks what an earlier pick asks: the same answer, or (within a quiz) nearly the same prompt. */
function duplicate(o: Draft, x: Draft, inQuiz: boolean): boolean {
	return sameAnswer(o, x, inQuiz) || (inQuiz && near(o.prompt, x.prompt));
}

/** A gap's own sentence, without the sentence shown before it. */
function asked(d: Draft): string {
	if (d.type !== 'gap') return d.prompt;
	const gap = d.prompt.indexOf('____');
	return d.prompt.slice(d.prompt.lastIndexOf('. ', gap) + 1);
}

/** Questions about what the text says, as opposed to its words and forms. */
const isContent = (d: Draft) => d.type !== 'gap' && d.type !== 'form' && d.skill !== 'vocabulary';

/** How many questions a quiz shows (the app asks for 12): within them no fact twice, no leak, no loose prompt. */
export const QUIZ_SIZE = 12;

/** Which fact a draft asks about: one fact is asked once in a quiz (twice at most, in both families, in a longer list). */
export function factId(f: Fact): string {
	return `${f.kind}:${f.start}:${f.sentence.index}`;
}

/**
 * Greedy pick: best score first, with penalties that spread types, skills and sentences; one question per fact.
 * Drafts come from sources built only when they could still be picked (`lazy: false` builds all first: the
 * same picks, for tests).
 */
export function selectRanked(
	sources: DraftSource[],
	weights: number[],
	max: number,
	opts: { lazy?: boolean } = {}
): (Draft & { score: number })[] {
	const out: (Draft & { score: number })[] = [];
	const deferred = new Set<Draft>();
	const tail: Draft[] = [];
	// A fact may come back once, in the other family (asked vs. recognised), and only further down.
	const usedFacts = new Map<string, string>();
	const family = (t: string) => (t === 'wh' || t === 'choice' ? 'ask' : 'see');
	// Keys are asked for every draft in every round: built once.
	const keys = new WeakMap<Draft, string>();
	const keyOf = (d: Draft) => {
		let k = keys.get(d);
		if (k === undefined) keys.set(d, (k = factId(d.fact)));
		return k;
	};
	const count = (k: string, m: Map<string, number>) => m.get(k) ?? 0;
	const types = new Map<string, number>();
	const skills = new Map<string, number>();
	const sentences = new Map<number, number>();
	let content = 0;
	// A draft of a fact already asked in its family can no longer be picked (see the pick below).
	const pool = new DraftPool(
		sources,
		(d) => draftScore(d, weights),
		(e) => {
			const used = usedFacts.get(keyOf(e.d));
			if (used && (used === 'both' || used === family(e.d.type))) e.s = -Infinity;
		}
	);
	if (opts.lazy === false) pool.buildAll();
	const raw = pool.raw;
	const typePenalty = (t: string) => (t === 'form' ? 0.25 : 0.12) * count(t, types);
	const vocabularyPenalty = (k: string) => (k === 'vocabulary' ? 0.15 * count(k, skills) : 0);
	const skillPenalty = (k: string) => 0.06 * count(k, skills);
	const sentencePenalty = (i: number) => 0.15 * (sentences.get(i) ?? 0);
	const contentBonus = (isContent: boolean) => (isContent && content < 5 ? 0.15 : 0);
	// Word-form gaps practise grammar; the quiz is first about the text, so they come in small numbers.
	// Until five questions ask about the content, a content question comes before grammar and vocabulary.
	const adjusted = ({ d, s }: PoolEntry) => {
		const seen = d.type === 'order' ? undefined : usedFacts.get(keyOf(d));
		return (
			s -
			(seen ? 0.6 : 0) -
			typePenalty(d.type) -
			vocabularyPenalty(d.skill) +
			contentBonus(isContent(d)) -
			skillPenalty(d.skill) -
			sentencePenalty(d.fact.sentence.index)
		);
	};
	const least = (xs: readonly string[], penalty: (x: string) => number) => {
		let m = Infinity;
		for (const x of xs) m = Math.min(m, penalty(x));
		return m;
	};
	const rating: Rating = {
		adjusted,
		// The most the penalties and bonus above can add to a draft of these types and skills.
		headroom: ({ types: ts, skills: ks }) =>
			contentBonus(ts.some((t) => t !== 'gap' && t !== 'form') && ks.some((k) => k !== 'vocabulary')) -
			least(ts, typePenalty) -
			least(ks, (k) => vocabularyPenalty(k) + skillPenalty(k)),
		sentencePenalty
	};
	const clashes = (x: Draft) =>
		out.some((o) => duplicate(o, x, out.length < QUIZ_SIZE)) || (out.length < QUIZ_SIZE && out.some((o) => leaks(o, x) || leaks(x, o)));
	while (out.length < max) {
		let best = -1;
		let bestScore = -Infinity;
		// The best draft built, once no source left could give a better one.
		do {
			best = -1;
			bestScore = -Infinity;
			pool.entries.forEach((e, i) => {
				if (e.s === -Infinity) return;
				const adj = adjusted(e);
				if (adj > bestScore + 1e-9) {
					best = i;
					bestScore = adj;
				}
			});
		} while (pool.fill(rating, bestScore));
		if (best < 0) break;
		let { d, s: s0 } = pool.take(best);
		// The penalties choose which fact comes next; a fact picked in a recognition form takes a
		// better-rated stronger form that still fits instead (a direct question over a gap or a
		// true/false restatement, a gap over a true/false). Multiple choice stays as picked, for variety.
		const strength: Record<string, number> = { truefalse: 0, gap: 1, choice: 2, wh: 2 };
		if (d.type === 'gap' || d.type === 'truefalse') {
			// Every other form of the fact, built or not yet, is a candidate.
			pool.buildFact(keyOf(d));
			const used = usedFacts.get(keyOf(d));
			let alt = -1;
			let strongerWaits = false;
			pool.entries.forEach((p, i) => {
				if (p.s === -Infinity || raw.get(p.d)! <= raw.get(d)! || keyOf(p.d) !== keyOf(d)) return;
				if (alt >= 0 && raw.get(p.d)! <= raw.get(pool.entries[alt].d)!) return;
				if (!(strength[p.d.type] > strength[d.type]) || (d.type === 'truefalse' && p.d.type === 'gap')) return;
				if (used && family(p.d.type) === used) return;
				if (clashes(p.d)) {
					strongerWaits = true;
					return;
				}
				alt = i;
			});
			if (alt >= 0) {
				const swapped = pool.take(alt);
				pool.putBack({ d, s: s0 });
				({ d, s: s0 } = swapped);
			} else if (strongerWaits && out.length < QUIZ_SIZE) {
				// Its stronger form waits for the first ten to pass; so does this one.
				if (deferred.has(d)) tail.push(d);
				else {
					deferred.add(d);
					pool.putBack({ d, s: s0 - 1 });
				}
				continue;
			}
		}
		const factKey = keyOf(d);
		const before = usedFacts.get(factKey);
		if (d.type !== 'order' && before && (before === 'both' || before === family(d.type))) continue;
		// Past a quiz's length the list is a pool for the teacher: a gap and a statement on one sentence may both be there.
		if (out.some((o) => duplicate(o, d, out.length < QUIZ_SIZE))) continue;
		// A quiz neither asks a fact twice, nor gives away another question's answer, nor leans on an
		// unseen sentence; such a question waits, and comes only after a full quiz (never instead of one).
		const repeat = !!before && d.type !== 'order';
		if (out.length < QUIZ_SIZE && (repeat || d.loose || out.some((o) => leaks(o, d) || leaks(d, o)))) {
			if (!deferred.has(d)) {
				deferred.add(d);
				pool.putBack({ d, s: s0 - 1 });
			} else tail.push(d);
			continue;
		}
		if (d.type !== 'order') {
			usedFacts.set(factKey, before ? 'both' : family(d.type));
			// Drop what can no longer be picked, so later rounds scan fewer drafts.
			for (const p of pool.entries) if (keyOf(p.d) === factKey && (before || family(p.d.type) === family(d.type))) p.s = -Infinity;
		}
		if (isContent(d)) content++;
		types.set(d.type, count(d.type, types) + 1);
		skills.set(d.skill, count(d.skill, skills) + 1);
		sentences.set(d.fact.sentence.index, (sentences.get(d.fact.sentence.index) ?? 0) + 1);
		const prev = out.at(-1)?.score ?? Infinity;
		out.push({ ...d, score: Math.round(Math.min(prev, Math.max(0, bestScore)) * 1000) / 1000 });
	}
	// A short article gives a short quiz: held-back questions never fill a quiz. A caller asking for
	// a longer list (a pool to pick from) gets them after the clean ones, with score 0.
	if (max <= QUIZ_SIZE) return out;
	tail.sort((a, b) => raw.get(b)! - raw.get(a)!);
	for (const d of tail) {
		if (out.length >= max) break;
		if (out.some((o) => o.prompt === d.prompt || sameAnswer(o, d, false))) continue;
		const before = usedFacts.get(keyOf(d));
		if (d.type !== 'order' && before && (before === 'both' || before === family(d.type))) continue;
		if (d.type !== 'order') usedFacts.set(keyOf(d), before ? 'both' : family(d.type));
		out.push({ ...d, score: 0 });
	}
	return out;
}
