import { analyzeArticle } from './facts';
import type { Question } from './types';
import { hashKey } from './distractors';
import { selectRanked, sentenceWeights } from './rank';
import { draftSources } from './draft-sources';
import type { Draft } from './generate-forms';
import type { MeaningLookup } from './generate-vocabulary';
import { lintQuestion, lintQuestions, namesOf } from './lint';

export { extractFacts } from './facts';

/**
 * Ranked comprehension questions (best first) for a cleaned article text; deterministic.
 * `gate: false` returns what the surface check would drop too (for measuring the check itself);
 * `meaning` gives English senses of a base form, for vocabulary questions (none without it).
 */
export function generateQuestions(text: string, opts: { max?: number; gate?: boolean; meaning?: MeaningLookup } = {}): Question[] {
	const max = opts.max ?? 20;
	if (!text.trim()) return [];
	const a = analyzeArticle(text);
	const weights = sentenceWeights(a);
	// What the last gate would drop is dropped as drafts are built, so that another question takes its place.
	const names = opts.gate === false ? null : namesOf(text);
	const keep = names ? (d: Draft) => !lintQuestion(d, names).length : undefined;
	// Drafts are built best first, and only as many as the ranking can still pick (draft-sources.ts).
	const ranked = selectRanked(draftSources(a, weights, opts.meaning, keep), weights, max);
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
