import { describe, expect, it } from 'vitest';
import { keyWordsText, parseKeyWords } from './key-words-form';

describe("the teacher's key-word field", () => {
	it('reads one word a line with its meaning after a dash, a colon or "=", and drops blank lines and repeats', () => {
		expect(parseKeyWords('sojusz — alliance\n\n granica - border \nzbrojenia: armaments\nżołnierz=soldier\nSojusz — again\nkraj')).toEqual({
			ok: true,
			words: [
				{ lemma: 'sojusz', gloss: 'alliance' },
				{ lemma: 'granica', gloss: 'border' },
				{ lemma: 'zbrojenia', gloss: 'armaments' },
				{ lemma: 'żołnierz', gloss: 'soldier' },
				{ lemma: 'kraj', gloss: '' }
			]
		});
	});

	it('keeps a hyphen inside a word and gives back the text it reads', () => {
		const words = [
			{ lemma: 'NATO-Rosja', gloss: 'NATO–Russia' },
			{ lemma: 'kraj', gloss: '' }
		];
		expect(parseKeyWords(keyWordsText(words))).toEqual({ ok: true, words });
	});

	it('refuses more than 15 words', () => {
		const text = Array.from({ length: 16 }, (_, i) => `słowo${i} — word`).join('\n');
		expect(parseKeyWords(text)).toMatchObject({ ok: false, message: 'Najwyżej 15 słów (jest 16).' });
	});
});
