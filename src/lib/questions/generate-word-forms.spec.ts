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
