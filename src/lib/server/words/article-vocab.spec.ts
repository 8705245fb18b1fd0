import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryTexts } from '$lib/library/texts';
import { buildVocab, proposeKeyWords } from './article-vocab';
import { COMMON_RANK, pickKeyWords } from './key-words';

const SEED = readFileSync(new URL('../seed/seed-article.txt', import.meta.url), 'utf8');

describe('key words of an article', () => {
	it('are the seed article’s topic words, rarer ones used more than once first, each with a meaning; the same every time', () => {
		const vocab = buildVocab(SEED);
		const words = proposeKeyWords(SEED, vocab);
		expect(words).toHaveLength(8);
		expect(words.slice(0, 3).map((w) => w.lemma)).toEqual(['sojusz', 'rosyjski', 'militarny']);
		expect(words).toContainEqual({ lemma: 'sojusz', gloss: 'alliance' });
		expect(words).toContainEqual({ lemma: 'narzucać', gloss: 'impose' });
		// Everyday words the text also uses are not key words.
		for (const common of ['kraj', 'rok', 'powiedzieć', 'nowy']) expect(words.map((w) => w.lemma)).not.toContain(common);
		expect(words.every((w) => w.gloss)).toBe(true);
		expect(proposeKeyWords(SEED, buildVocab(SEED))).toEqual(words);
	});

	it('of a library text are the ones its author chose', () => {
		const text = libraryTexts().find((t) => t.slug === '01-a1-moja-rodzina')!;
		const words = proposeKeyWords(text.text, buildVocab(text.text));
		expect(words.map((w) => w.lemma)).toEqual(text.keywords);
		expect(words.find((w) => w.lemma === 'brat')?.gloss).toMatch(/^brother/);
	});

	it('leave out the commonest words and those without a meaning, and rank by rarity times use', () => {
		const rank: Record<string, number> = { dom: 50, rakieta: 9000, orbita: 20000, satelita: 20000, xyz: 20000 };
		const picked = pickKeyWords(
			[
				{ lemma: 'dom', count: 9 },
				{ lemma: 'orbita', count: 1 },
				{ lemma: 'rakieta', count: 4 },
				{ lemma: 'xyz', count: 5 },
				{ lemma: 'satelita', count: 1 }
			],
			(l) => rank[l],
			(l) => (l === 'xyz' ? '' : `${l} (en)`),
			2
		);
		expect(rank.dom).toBeLessThan(COMMON_RANK);
		expect(picked.map((w) => w.lemma)).toEqual(['rakieta', 'orbita']);
	});
});
