import { analyzeArticle, type Fact } from './facts';
import type { Question } from './types';
import { choiceDraft, gapDraft, orderDraft, whDraft, type Draft } from './generate-forms';
import { placeWh, quantityWh, quoteWh, roleWh, timeWh, type WhQuestion } from './generate-wh-facts';
import { hashKey } from './distractors';
import { selectRanked, sentenceWeights } from './rank';
import { mainClauses, personDrafts, sentenceTrueFalse, textOrderDraft } from './generate-sentences';
import { wordFormDrafts } from './generate-word-forms';
import { directQuoteDrafts } from './generate-quotes';
import { vocabularyDrafts, type MeaningLookup } from './generate-vocabulary';
import { copiedSlip, lintQuestion, lintQuestions, namesOf } from './lint';
import { whProblem } from './wh-gate';

export { extractFacts } from './facts';

function gated(wh: WhQuestion | null, kind: 'time' | 'quantity'): WhQuestion | null {
	return wh && !whProblem(wh.prompt, kind) ? wh : null;
}

function whFor(a: ReturnType<typeof analyzeArticle>, f: Fact): WhQuestion | null {
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
function sound(d: Draft): boolean {
	if (d.prompt.toLowerCase().includes(d.answer.toLowerCase())) return false;
	// Dropped before ranking, so that another question takes the place of one that copies a slip of the page.
	if (copiedSlip(d)) return false;
	if (d.type === 'truefalse' || d.type === 'order') return true;
	if (d.fact.kind === 'quote' || d.fact.kind === 'role' || (d.fact.kind === 'word' && d.type === 'choice')) return true;
	return d.evidence.sentence.toLowerCase().includes(d.answer.toLowerCase());
}

/**
 * Ranked comprehension questions (best first) for a cleaned article text; deterministic.
 * `gate: false` returns what the surface check would drop too (for measuring the check itself);
 * `meaning` gives English senses of a base form, for vocabulary questions (none without it).
 */
export function generateQuestions(text: string, opts: { max?: number; gate?: boolean; meaning?: MeaningLookup } = {}): Question[] {
	const max = opts.max ?? 20;
	if (!text.trim()) return [];
	const a = analyzeArticle(text);
	const drafts: Draft[] = [];
	const events: { fact: Fact; statement: string }[] = [];
	for (const f of a.facts) {
		const wh = whFor(a, f);
		if (wh) {
			drafts.push(whDraft(f, wh));
			const choice = choiceDraft(a, f, wh);
			if (choice) drafts.push(choice);
			if (wh.statement && f.kind === 'time') events.push({ fact: f, statement: wh.statement });
		}
		if (f.kind === 'time' || f.kind === 'quantity' || f.kind === 'place') {
			const gap = gapDraft(a, f, wh);
			if (gap) drafts.push(gap);
		}
	}
	const order = orderDraft(events) ?? textOrderDraft(a);
	if (order) drafts.push(order);
	for (const s of a.sentences) {
		const tf = sentenceTrueFalse(a, s);
		if (tf) drafts.push(tf);
		// A long sentence of two main clauses may still give one that stands alone.
		else
			for (const c of mainClauses(a, s)) {
				const part = sentenceTrueFalse(a, c.clause, c.toks, s);
				if (part) {
					drafts.push(part);
					break;
				}
			}
	}
	const asked = new Set(drafts.filter((d) => d.type === 'wh').map((d) => d.prompt));
	drafts.push(...personDrafts(a).filter((d) => !asked.has(d.prompt)));
	drafts.push(...wordFormDrafts(a));
	drafts.push(...directQuoteDrafts(a));
	drafts.push(...vocabularyDrafts(a, opts.meaning));
	// What the last gate would drop is dropped before ranking too, so that another question takes its place.
	const names = namesOf(text);
	const ranked = selectRanked(
		drafts.filter((d) => sound(d) && (opts.gate === false || !lintQuestion(d, names).length)),
		sentenceWeights(a),
		max
	);
	const tidy = (answer: string, accept: string[]) => {
		const seen = new Set([answer.toLowerCase()]);
		return accept.filter((x) => x && !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()));
	};
	const questions: Question[] = ranked.map(({ fact: _f, base: _b, loose: _l, ...q }) => ({
		...q,
		accept: tidy(q.answer, q.accept),
		key: hashKey(`${q.type}|${q.prompt}|${q.answer}|${q.evidence.start}`)
	}));
	// The last gate: a question with a visible flaw (cut-off phrase, stray capital, clutter) is never shown.
	if (opts.gate === false) return questions;
	return lintQuestions(questions, text)
		.filter((p) => p.kinds.length === 0)
		.map((p) => p.question);
}
