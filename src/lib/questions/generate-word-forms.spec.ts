import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './facts';
import { wordFormDrafts } from './generate-word-forms';
import { morphologyInfo } from '../polish/morphology';

const withDictionary = morphologyInfo().source === 'polimorf';

describe.runIf(withDictionary)('word-form gaps', () => {
	it('gives the base form and expects the form the adjective pins down', () => {
		const a = analyzeArticle('Rosja koncentruje wojska w pobliżu ukraińskiej granicy od wielu tygodni.');
		const [d] = wordFormDrafts(a);
		expect(d.type).toBe('form');
		expect(d.answer).toBe('granicy');
		expect(d.prompt).toBe('Rosja koncentruje wojska w pobliżu ukraińskiej ____ (granica) od wielu tygodni.');
	});

	it('skips a noun whose written form could be another number too', () => {
		// "nowe książki" is plural, but "książki" is also genitive singular: no single answer to check.
		const a = analyzeArticle('Biblioteka kupiła w tym roku nowe książki dla najmłodszych czytelników.');
		expect(wordFormDrafts(a).map((d) => d.answer)).not.toContain('książki');
	});

	it('never uses a name or a sentence shorter than six words', () => {
		const a = analyzeArticle('Mieszkamy w pięknej Warszawie. Był w starym domu.');
		expect(wordFormDrafts(a)).toEqual([]);
	});
});

describe('vocabulary in context', () => {
	it('keeps one clean meaning per word and asks only about words that are not look-alikes', async () => {
		const { cleanGloss, vocabularyDrafts } = await import('./generate-vocabulary');
		expect(cleanGloss('concentrate, focus 2.')).toBe('concentrate, focus');
		const meanings: Record<string, string[]> = {
			kradzież: ['theft, larceny'],
			policjant: ['policeman, police officer'],
			sąsiad: ['neighbour'],
			samochód: ['motor car'],
			sklep: ['shop, store'],
			komunikacja: ['communication'],
			kot: ['dust bunny', 'cat']
		};
		const text = 'Wczoraj policjant zatrzymał złodzieja po kradzieży samochodu sąsiada spod sklepu i zakłóceniu komunikacji miejskiej.';
		const drafts = vocabularyDrafts(analyzeArticle(text), (lemma) => meanings[lemma] ?? []);
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts) {
			expect(d.options).toHaveLength(4);
			expect(d.options).toContain(d.answer);
			expect(d.answer).not.toBe('communication');
		}
	});
});

describe('word-form gaps inside brackets', () => {
	it('are not made: the base form in brackets inside brackets would confuse', () => {
		const a = analyzeArticle('Niedźwiedzie były konkurencją dla bartników (dawnych wiejskich pszczelarzy) w całym regionie.');
		for (const d of wordFormDrafts(a)) expect(d.prompt).not.toMatch(/\([^)]*____/);
	});
});
