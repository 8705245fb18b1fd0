// Where the ranking's drafts come from: one source per fact and question form, per sentence, or per
// builder over the whole article, each with the most its drafts can score. The ranking builds a source
// only when it could still be picked (rank-pool.ts), so a long article is not asked about in full.
// Sources are listed in the order the drafts were always built in: ties in score go to the earlier one.
import type { ArticleFacts, Fact } from './facts';
import type { Sentence } from './facts-text';
import { choiceDraft, gapDraft, orderDraft, skillOf, whDraft, type Draft } from './generate-forms';
import { placeWh, quantityWh, quoteWh, roleWh, timeWh, type WhQuestion } from './generate-wh-facts';
import { mainClauses, personDrafts, sentenceTrueFalse, textOrderDraft } from './generate-sentences';
import { wordFormDraft } from './generate-word-forms';
import { directQuoteDrafts } from './generate-quotes';
import { vocabularyDrafts, type MeaningLookup } from './generate-vocabulary';
import { draftScore, factId, mostFactScore } from './rank';
import type { DraftSource, SourceKind } from './rank-pool';
import type { Skill } from '../domain/skills';
import { whProblem } from './wh-gate';
import { copiedSlip } from './lint';

/** The base scores the builders give (the highest where a builder gives two); a test checks every draft against them. */
const BASE = { wh: 0.8, choice: 0.6, gap: 0.55, statement: 0.5, order: 0.5, person: 0.72, quote: 0.7, form: 0.3, vocabulary: 0.32 };
/** An order question lists this many events at most: once that many are found, later ones change nothing. */
const ORDER_ITEMS = 4;

function gated(wh: WhQuestion | null, kind: 'time' | 'quantity'): WhQuestion | null {
	return wh && !whProblem(wh.prompt, kind) ? wh : null;
}

export function whFor(a: ArticleFacts, f: Fact): WhQuestion | null {
	switch (f.kind) {
		case 'time':
			return gated(timeWh(a, f), 'time');
		case 'quantity':
			return gated(quantityWh(a, f), 'quantity');
		case 'quote':
			return quoteWh(a, f);
		case 'role':
			return roleWh(a, f);
		case 'place':
			return placeWh(a, f);
		default:
			return null;
	}
}

/** The safety net every question must pass: answer in the evidence, never in the prompt. */
function sound(d: Draft | null): d is Draft {
	if (!d) return false;
	if (d.prompt.toLowerCase().includes(d.answer.toLowerCase())) return false;
	// Dropped before ranking, so that another question takes the place of one that copies a slip of the page.
	if (copiedSlip(d)) return false;
	if (d.type === 'truefalse' || d.type === 'order') return true;
	if (d.fact.kind === 'quote' || d.fact.kind === 'role' || (d.fact.kind === 'word' && d.type === 'choice')) return true;
	return d.evidence.sentence.toLowerCase().includes(d.answer.toLowerCase());
}

/** A true/false statement on the sentence, or on one of its main clauses when the whole does not stand alone. */
function statementDraft(a: ArticleFacts, s: Sentence): Draft | null {
	const tf = sentenceTrueFalse(a, s);
	if (tf) return tf;
	for (const c of mainClauses(a, s)) {
		const part = sentenceTrueFalse(a, c.clause, c.toks, s);
		if (part) return part;
	}
	return null;
}

const sentenceFact = (s: Sentence, kind: 'sentence' | 'word'): Fact => ({ kind, text: s.text, start: s.start, end: s.end, sentence: s });

const kinds = new Map<string, SourceKind>();

/** Sources of one kind share it: the ranking groups them by it. */
function kindOf(type: Draft['type'], skill: Skill): SourceKind {
	const k = type + ':' + skill;
	let kind = kinds.get(k);
	if (!kind) kinds.set(k, (kind = { types: [type], skills: [skill] }));
	return kind;
}

/** Questions about who did or said something, asked openly or as a choice. */
const WHO: SourceKind = { types: ['wh', 'choice'], skills: ['person'] };

/** `keep`: a further test every draft must pass (the surface check, so that a flawed draft leaves room for another). */
export function draftSources(a: ArticleFacts, weights: number[], meaning?: MeaningLookup, keep?: (d: Draft) => boolean): DraftSource[] {
	const whs = new Map<Fact, WhQuestion | null>();
	const wh = (f: Fact) => {
		if (!whs.has(f)) whs.set(f, whFor(a, f));
		return whs.get(f)!;
	};
	const anywhere = mostFactScore(weights);
	const sources: DraftSource[] = [];
	const add = (kind: SourceKind, bound: number, build: () => (Draft | null)[], sentence?: number, key?: string) =>
		sources.push({ kind, bound, sentence, key, build: () => build().filter((d): d is Draft => sound(d) && (!keep || keep(d))) });
	// One fact, or one sentence: at most one draft of each form, and its bound is the fact's score with the form's base.
	const one = (f: Fact, type: Draft['type'], base: number, build: () => (Draft | null)[], skill = skillOf(f), key?: string) =>
		add(
			kindOf(type, skill),
			draftScore({ base, fact: f, type, evidence: { sentence: f.sentence.text } }, weights),
			build,
			f.sentence.index,
			key
		);

	for (const f of a.facts) {
		if (!['time', 'quantity', 'quote', 'role', 'place'].includes(f.kind)) continue;
		const key = factId(f);
		one(f, 'wh', BASE.wh, () => [wh(f) && whDraft(f, wh(f)!)], undefined, key);
		one(f, 'choice', BASE.choice, () => [wh(f) && choiceDraft(a, f, wh(f)!)], undefined, key);
		if (f.kind !== 'quote' && f.kind !== 'role') one(f, 'gap', BASE.gap, () => [gapDraft(a, f, wh(f))], undefined, key);
	}
	// Dated events in text order, each told by its own question turned into a statement.
	add(kindOf('order', 'sequence'), BASE.order + anywhere, () => {
		const events: { fact: Fact; statement: string }[] = [];
		for (const f of a.facts) {
			const statement = f.kind === 'time' ? wh(f)?.statement : undefined;
			if (!statement) continue;
			events.push({ fact: f, statement });
			if (orderDraft(events)?.options.length === ORDER_ITEMS) break;
		}
		return [orderDraft(events) ?? textOrderDraft(a)];
	});
	for (const s of a.sentences) one(sentenceFact(s, 'sentence'), 'truefalse', BASE.statement, () => [statementDraft(a, s)], 'detail');
	// "Kto …?" about a subject, unless a quotation asks the same (only quotations' questions start with "Kto").
	add(WHO, BASE.person + anywhere, () => {
		const asked = new Set(a.facts.filter((f) => f.kind === 'quote').map((f) => wh(f)?.prompt));
		return personDrafts(a).filter((d) => !asked.has(d.prompt));
	});
	for (const s of a.sentences) one(sentenceFact(s, 'word'), 'form', BASE.form, () => [wordFormDraft(a, s)], 'vocabulary');
	add(WHO, BASE.quote + anywhere, () => directQuoteDrafts(a));
	add(kindOf('choice', 'vocabulary'), BASE.vocabulary + anywhere, () => vocabularyDrafts(a, meaning));
	return sources;
}
