import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences, splitWords, type Span } from './segment';

const texts = (spans: Span[]) => spans.map((s) => s.text);

describe('splitSentences', () => {
	it('does not end a sentence at abbreviations followed by numbers or lowercase words', () => {
		expect(texts(splitSentences('Przyszło ok. 5 tys. osób, m.in. z Gdańska. Było zimno.'))).toEqual([
			'Przyszło ok. 5 tys. osób, m.in. z Gdańska.',
			'Było zimno.'
		]);
		expect(texts(splitSentences('Prof. J. Kowalski z ul. Długiej przyszedł o godz. 12. Dr Nowak też.'))).toEqual([
			'Prof. J. Kowalski z ul. Długiej przyszedł o godz. 12.',
			'Dr Nowak też.'
		]);
		expect(texts(splitSentences('Gen. Nowak, tzw. jastrząb, i św. Jan to np. postacie.'))).toHaveLength(1);
	});

	it('ends a sentence at "r." when a capitalised sentence follows, not otherwise', () => {
		expect(texts(splitSentences('Rada powstała w 2002 r. Rada zbiera się rzadko.'))).toEqual([
			'Rada powstała w 2002 r.',
			'Rada zbiera się rzadko.'
		]);
		expect(texts(splitSentences('W 2020 r. w Polsce mieszkało ok. 38 mln osób.'))).toHaveLength(1);
	});

	it('splits off a sentence that starts with a digit', () => {
		expect(texts(splitSentences('Wojska stoją przy granicy. 12 stycznia odbędzie się posiedzenie.'))).toEqual([
			'Wojska stoją przy granicy.',
			'12 stycznia odbędzie się posiedzenie.'
		]);
	});

	it('keeps quotes, ellipses and ordinals inside the sentence', () => {
		expect(texts(splitSentences('Zapytał: „Czy to prawda?" – odpowiedział, że tak. Koniec... i co dalej? Nic!'))).toEqual([
			'Zapytał: „Czy to prawda?" – odpowiedział, że tak.',
			'Koniec... i co dalej?',
			'Nic!'
		]);
		expect(texts(splitSentences('To był 12. pułk ułanów. Wrócił.'))).toHaveLength(2);
	});

	it('treats a bare line before a capitalised line as its own sentence (heading)', () => {
		expect(texts(splitSentences('Rosyjskie wojska przy granicy\nJesienią pojawiły się doniesienia.'))).toEqual([
			'Rosyjskie wojska przy granicy',
			'Jesienią pojawiły się doniesienia.'
		]);
	});

	it('returns offsets into the input, including the seed article', () => {
		const seed = readFileSync(new URL('../server/seed/seed-article.txt', import.meta.url), 'utf8');
		const spans = splitSentences(seed);
		for (const s of spans) expect(seed.slice(s.start, s.end)).toBe(s.text);
		expect(spans.map((s) => s.text)).toContain('12 stycznia odbędzie się posiedzenie Rady NATO-Rosja.');
		expect(spans.find((s) => s.text.startsWith('Moskwa chce m.in.'))?.text.endsWith('Centralnej".')).toBe(true);
	});
});

describe('splitWords', () => {
	it('keeps hyphenated names, decimals and dotted abbreviations whole', () => {
		const text = 'Rada NATO-Rosja: 122 tysiące, 4,9 proc., m.in. F-16 w latach 2016-2019.';
		const words = splitWords(text);
		expect(texts(words)).toEqual(['Rada', 'NATO-Rosja', '122', 'tysiące', '4,9', 'proc', 'm.in.', 'F-16', 'w', 'latach', '2016', '2019']);
		for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
	});
});

describe('splitParagraphs', () => {
	it('splits at blank lines and reports trimmed offsets', () => {
		const text = '  Pierwszy akapit.\nDalej.\n\n \n Drugi akapit.  ';
		const paras = splitParagraphs(text);
		expect(texts(paras)).toEqual(['Pierwszy akapit.\nDalej.', 'Drugi akapit.']);
		for (const p of paras) expect(text.slice(p.start, p.end)).toBe(p.text);
	});
});

describe('abbreviations and ordinals from real articles', () => {
	const texts = (t: string) => splitSentences(t).map((s) => s.text);
	it('keeps "30 st. C", "podinsp." and an ordinal after a preposition inside the sentence', () => {
		expect(texts('Temperatura wzrośnie do 30 st. C, a potem spadnie. Jutro będzie zimniej.')).toHaveLength(2);
		expect(texts('Zadzwonił do podinsp. Adama Nowaka z komendy. Ten przyjechał.')).toHaveLength(2);
		expect(texts('Zwycięzcą 46. Festiwalu Polskich Filmów był dokument. Drugi był inny.')).toHaveLength(2);
	});
	it('does not end a sentence after an opening phrase like "W 2002 r."', () => {
		expect(texts('W 2002 r. Rada rozpoczęła pracę. Było 122 tys. żołnierzy.')).toEqual([
			'W 2002 r. Rada rozpoczęła pracę.',
			'Było 122 tys. żołnierzy.'
		]);
	});
});
