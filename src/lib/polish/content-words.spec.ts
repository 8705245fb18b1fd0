import { describe, expect, it } from 'vitest';
import { contentWords, vocabularyOf } from './content-words';

const lemmasOf = (text: string, rank?: (l: string) => number) => contentWords(text, rank).map((w) => [text.slice(w.start, w.end), w.lemma]);

describe('content words of a text', () => {
	it('gives nouns, verbs, adjectives and adverbs by base form; names, numbers and grammar words are left out', () => {
		// "mieszka" is also a form of "mieszek" (pouch): the ranking (frequency.ts in the app) picks the common verb.
		const rank = (l: string) => ({ mieszkać: 600, mieszek: 20_000 })[l] ?? 10_000;
		expect(lemmasOf('Ola Wiśniewska ma 12 lat i mieszka z rodziną w Lublinie. Jest bardzo wesoła.', rank)).toEqual([
			['ma', 'mieć'],
			['lat', 'rok'],
			['mieszka', 'mieszkać'],
			['rodziną', 'rodzina'],
			['bardzo', 'bardzo'],
			['wesoła', 'wesoły']
		]);
	});

	it('takes the noun of a gerund, an adverb as itself and, with a ranking, the commoner base form', () => {
		expect(lemmasOf('Spotkania odbyły się potem.')).toEqual([
			['Spotkania', 'spotkanie'],
			['odbyły', 'odbyć'],
			['potem', 'potem']
		]);
		const rank = (l: string) => ({ mieć: 18, mama: 51 })[l] ?? 20_000;
		expect(contentWords('Mamy czas.', rank)[0]).toMatchObject({ lemma: 'mieć', also: ['mama'] });
	});

	it('groups the words by base form in text order, counting each', () => {
		const text = 'Kot śpi. Pies i kot się bawią, a koty patrzą.';
		const { groups, spans } = vocabularyOf(contentWords(text));
		expect(groups.map((g) => [g.lemma, g.count])).toEqual([
			['kot', 3],
			['spać', 1],
			['pies', 1],
			['bawić', 1],
			['patrzeć', 1]
		]);
		expect(spans.filter((s) => s[2] === 0).map(([a, b]) => text.slice(a, b))).toEqual(['Kot', 'kot', 'koty']);
	});
});
