import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './facts';
import { draftSources, whFor } from './draft-sources';
import { orderDraft } from './generate-forms';
import { textOrderDraft } from './generate-sentences';
import { draftScore, factId, selectRanked, sentenceWeights } from './rank';

const dir = join(import.meta.dirname, 'corpus');
const corpus = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const all = corpus.map((t) => t.text.trim()).join('\n\n');
// A long text, and one that says everything twice (repeated facts are dropped or held back).
const texts = [...corpus, { name: 'all corpus texts', text: all }, { name: 'all corpus texts twice', text: `${all}\n\n${all}` }];

describe('draft sources', () => {
	for (const { name, text } of texts) {
		const a = analyzeArticle(text);
		const weights = sentenceWeights(a);

		it(`${name}: the lazy ranking picks what the ranking of every draft picks`, () => {
			for (const max of [3, 12, 40]) {
				const lazy = selectRanked(draftSources(a, weights), weights, max);
				expect(lazy, `max ${max}`).toEqual(selectRanked(draftSources(a, weights), weights, max, { lazy: false }));
			}
		});

		it(`${name}: every draft is what its source promises`, () => {
			for (const src of draftSources(a, weights)) {
				for (const d of src.build()) {
					expect(draftScore(d, weights)).toBeLessThanOrEqual(src.bound + 1e-12);
					expect(src.kind.types).toContain(d.type);
					expect(src.kind.skills).toContain(d.skill);
					if (src.sentence !== undefined) expect(d.fact.sentence.index).toBe(src.sentence);
					if (src.key !== undefined) expect(factId(d.fact)).toBe(src.key);
				}
			}
		});

		it(`${name}: only quotations' own questions start with "Kto" (the subject questions skip those)`, () => {
			for (const f of a.facts) if (f.kind !== 'quote') expect(whFor(a, f)?.prompt ?? '').not.toMatch(/^Kto /);
		});

		it(`${name}: the order question needs only the events up to its fourth`, () => {
			const events = a.facts.flatMap((f) => {
				const statement = f.kind === 'time' ? whFor(a, f)?.statement : undefined;
				return statement ? [{ fact: f, statement }] : [];
			});
			const order = draftSources(a, weights).find((s) => s.kind.types.includes('order'))!;
			expect(order.build()).toEqual([orderDraft(events) ?? textOrderDraft(a)].filter(Boolean));
		});
	}
});
