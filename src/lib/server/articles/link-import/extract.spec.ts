import { describe, expect, it } from 'vitest';
import { dayOf, htmlUploadText, readArticleHtml } from './extract';
import {
	ARTICLE_FIRST,
	ARTICLE_LAST,
	ARTICLE_PAGE,
	ARTICLE_TITLE,
	CLUTTERED_PAGE,
	EMPTY_PAGE,
	ENGLISH_PAGE,
	PAYWALL_PAGE
} from './fixture-pages';
import { articleProblem, looksPolish } from './verdict';

describe('readArticleHtml', () => {
	it('takes title, site name and date from the og metadata and the text without navigation or footer', () => {
		const a = readArticleHtml(ARTICLE_PAGE)!;
		expect(a).toMatchObject({ title: ARTICLE_TITLE, source: 'Gazeta Toruńska', publishedOn: '2024-03-14', lang: 'pl' });
		expect(a.text.startsWith(ARTICLE_FIRST)).toBe(true);
		expect(a.text.endsWith(ARTICLE_LAST)).toBe(true);
		expect(a.text).not.toMatch(/Sport|Wszelkie prawa/);
		expect(a.text.split('\n\n')).toHaveLength(5);
	});

	it('drops the cookie banner, share buttons and related links, and does not repeat the title', () => {
		const a = readArticleHtml(CLUTTERED_PAGE)!;
		expect(a.text).not.toMatch(/cookies|Akceptuję|Udostępnij|Facebook|Czytaj także|autobusowe|piernik/);
		expect(a.text).not.toContain(ARTICLE_TITLE);
		expect(a.text.startsWith(ARTICLE_FIRST)).toBe(true);
		// JSON-LD here: the date is the day in Warsaw (23:30 UTC is already the next day there).
		expect(a).toMatchObject({ title: ARTICLE_TITLE, source: 'Portal Kujawski', publishedOn: '2024-03-15' });
	});
});

describe('which pages are refused', () => {
	const problem = (html: string) => {
		const a = readArticleHtml(html);
		return articleProblem(a?.text ?? null, a?.lang ?? '', html);
	};
	it('accepts the Polish articles', () => {
		expect(problem(ARTICLE_PAGE)).toBeNull();
		expect(problem(CLUTTERED_PAGE)).toBeNull();
	});
	it('refuses an English page, a near-empty page and a paywall teaser, each with its reason', () => {
		expect(problem(ENGLISH_PAGE)).toBe('not-polish');
		expect(problem(EMPTY_PAGE)).toBe('not-article');
		expect(problem(PAYWALL_PAGE)).toBe('paywall');
		expect(problem('<html><body></body></html>')).toBe('not-article');
	});
	it('judges language by the text, not only by <html lang>', () => {
		const polish = readArticleHtml(ARTICLE_PAGE)!.text;
		const english = readArticleHtml(ENGLISH_PAGE)!.text;
		expect(looksPolish(polish, 'en')).toBe(true); // a template that kept lang="en"
		expect(looksPolish(english, 'pl')).toBe(false);
		expect(looksPolish(english)).toBe(false);
		expect(looksPolish('Vláda schválila nový zákon o státním rozpočtu na příští rok, který je v deficitu.', 'cs')).toBe(false);
	});
});

describe('dayOf', () => {
	it('reads dates and date-times as the day in Warsaw; anything else gives no date', () => {
		expect(dayOf('2024-03-14')).toBe('2024-03-14');
		expect(dayOf('2024-07-01T22:15:00Z')).toBe('2024-07-02');
		expect(dayOf('2024-07-01T10:15:00+02:00')).toBe('2024-07-01');
		expect(dayOf('14 marca 2024')).toBe('');
		expect(dayOf(undefined)).toBe('');
	});
});

describe('htmlUploadText', () => {
	it('reads an uploaded news page like a linked one', () => {
		const u = htmlUploadText(CLUTTERED_PAGE);
		expect(u.title).toBe(ARTICLE_TITLE);
		expect(u.text.startsWith(ARTICLE_FIRST)).toBe(true);
		expect(u.text).not.toMatch(/cookies|Udostępnij|Czytaj także/);
	});
	it('keeps the plain conversion for a fragment that is not a page', () => {
		expect(htmlUploadText('<h1>Tytuł</h1><p>Akapit.</p><script>zły()</script>')).toEqual({ text: 'Tytuł\n\nAkapit.', title: 'Tytuł' });
	});
});

describe('pages too deep or too large for Readability', () => {
	// Refused before Readability runs (code 'complex'), which is what keeps them cheap; no clock in the test.
	it('refuses them before Readability; an upload falls back to the plain conversion', () => {
		const deep = `<html><body>${'<div>'.repeat(2000)}<p>Ala ma kota.</p></body></html>`;
		const many = `<html><body>${'<p><b>Ala</b> ma <i>kota</i>.</p>'.repeat(6000)}</body></html>`;
		expect(() => readArticleHtml(deep)).toThrowError(expect.objectContaining({ code: 'complex' }));
		expect(() => readArticleHtml(many)).toThrowError(expect.objectContaining({ code: 'complex' }));
		expect(htmlUploadText(deep)).toEqual({ text: 'Ala ma kota.', title: '' });
	});
	it('does not count scripts and icons against the limit', () => {
		const icons = '<svg><g><path d="M0"/><path d="M1"/></g></svg>'.repeat(5000);
		expect(readArticleHtml(ARTICLE_PAGE.replace('<main>', `<main>${icons}`))?.title).toBe(ARTICLE_TITLE);
	});
});

describe('the headline', () => {
	it('takes the one <h1> that opens the article over a vague <title>, and leaves it out of the text', () => {
		const html = `<html><head><title>Strona</title></head><body><nav>Menu główne</nav><h1>Most w Toruniu</h1>
			<p>W piątek 12 maja otwarto nowy most na Wiśle.</p><p>Kosztował 120 mln zł &ndash; więcej niż planowano.</p></body></html>`;
		expect(htmlUploadText(html)).toEqual({
			title: 'Most w Toruniu',
			text: 'W piątek 12 maja otwarto nowy most na Wiśle.\n\nKosztował 120 mln zł – więcej niż planowano.'
		});
	});
	it('does not take a logo set as <h1> outside the article', () => {
		const a = readArticleHtml(
			ARTICLE_PAGE.replace('<h1>', '<h2>').replace('</h1>', '</h2>').replace('<header>', '<header><h1>Gazeta Toruńska</h1>')
		)!;
		expect(a.title).toBe(ARTICLE_TITLE);
		expect(a.text.startsWith(ARTICLE_FIRST)).toBe(true);
	});
});
