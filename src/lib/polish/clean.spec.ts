import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from './article';
import { cleanArticle } from './clean';

const seed = readFileSync(new URL('../server/seed/seed-article.txt', import.meta.url), 'utf8');

describe('cleanArticle on the seed article', () => {
	const result = cleanArticle(seed);
	const text = articleText(result.blocks);

	it('drops the advert marker', () => {
		expect(text).not.toMatch(/REKLAMA/);
		expect(result.removed).toContainEqual({ text: 'REKLAMA', reason: 'advert' });
	});

	it('drops the embedded tweet and its author/date line, reporting both', () => {
		expect(text).not.toMatch(/pic\.twitter|Each country|January 7/);
		const social = result.removed.filter((r) => r.reason === 'social-embed').map((r) => r.text);
		expect(social.some((t) => t.includes('pic.twitter.com/HhUmwCKpLC'))).toBe(true);
		expect(social).toContain('NATOJanuary 7, 2022');
	});

	it('detects the subheading and keeps the article paragraphs', () => {
		expect(result.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['Rosyjskie wojska przy granicy z Ukrainą']);
		expect(result.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(9);
		expect(text).toContain('12 stycznia odbędzie się posiedzenie Rady NATO-Rosja.');
	});

	it('closes the mismatched typographic quote', () => {
		expect(text).toContain('“drugiej kategorii”');
	});
});

describe('cleanArticle on other clutter', () => {
	it('removes read-more links, captions, share prompts and bare URLs with reasons', () => {
		const raw = [
			'Pierwszy akapit tekstu o wyborach.',
			'Czytaj także: Kto wygra wybory?',
			'Fot. PAP/Leszek Szymański',
			'Premier podczas konferencji (fot. PAP/EPA)',
			'Udostępnij',
			'https://example.com/artykul',
			'R E K L A M A',
			'Drugi akapit, w którym jest adres https://gov.pl/x i dalszy tekst.',
			'— Jan Kowalski (@jkowalski) March 3, 2023'
		].join('\n\n');
		const { blocks, removed } = cleanArticle(raw);
		expect(blocks.map((b) => b.text)).toEqual(['Pierwszy akapit tekstu o wyborach.', 'Drugi akapit, w którym jest adres i dalszy tekst.']);
		expect(removed.map((r) => r.reason)).toEqual([
			'read-more',
			'caption',
			'caption',
			'share-prompt',
			'url',
			'advert',
			'url',
			'social-embed'
		]);
	});

	it('removes an English line but keeps a Polish one without diacritics', () => {
		const { blocks, removed } = cleanArticle(
			'To jest tekst po polsku.\n\nThe minister said that the talks will continue.\n\nTo dobry plan.'
		);
		expect(blocks.map((b) => b.text)).toEqual(['To jest tekst po polsku.', 'To dobry plan.']);
		expect(removed).toEqual([{ text: 'The minister said that the talks will continue.', reason: 'foreign-language' }]);
	});

	it('strips a trailing "Czytaj także" from a paragraph', () => {
		const { blocks, removed } = cleanArticle('Rząd przyjął projekt. Czytaj także: Nowe podatki od 2024 r.');
		expect(blocks).toEqual([{ type: 'paragraph', text: 'Rząd przyjął projekt.' }]);
		expect(removed[0].reason).toBe('read-more');
	});

	it('joins wrapped lines, removes line-break hyphenation and normalises spaces', () => {
		const raw = 'Władze w Kijowie  informo-\nwały, że wojska\nstoją przy granicy NATO-\nRosja.\n\nKolejny akapit.';
		expect(cleanArticle(raw).blocks.map((b) => b.text)).toEqual([
			'Władze w Kijowie informowały, że wojska stoją przy granicy NATO-Rosja.',
			'Kolejny akapit.'
		]);
	});

	it('treats every line as a paragraph when there are no blank lines, and finds quotes', () => {
		const raw = 'Nowe przepisy\nSejm uchwalił ustawę.\n„To przełom dla rynku” .';
		const { blocks } = cleanArticle(raw);
		expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'quote']);
	});

	it('does not mistake a short sentence for a heading', () => {
		const long = 'Rząd zapowiedział, że w przyszłym roku wydatki na obronność wzrosną do trzech procent PKB';
		const { blocks } = cleanArticle(`Długi akapit tekstu.\n\nTo koniec.\n\n${long}\n\ni jeszcze jedno`);
		expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
	});
});
