import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFallbackMorphology } from '../polish/morphology';
import { generateQuestions } from './generate';

// An install without the PoliMorf data (no Debian package, no network) still makes quizzes, with the rule-based
// fallback's guesses: its tags are shorter than PoliMorf's, which once crashed the subject finder.
describe('question generation without the PoliMorf dictionary', () => {
	beforeAll(() => useFallbackMorphology(true));
	afterAll(() => useFallbackMorphology(false));

	it('still gives the seed article a quiz of several kinds', () => {
		const seed = readFileSync(join(import.meta.dirname, 'corpus/seed-article.txt'), 'utf8');
		const qs = generateQuestions(seed, { max: 10 });
		expect(qs.length).toBeGreaterThanOrEqual(5);
		expect(new Set(qs.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
	});
});
