// The article inside a news page: Readability (Firefox's reader view) over a server-side DOM finds the
// main text and drops cookie banners, related-link boxes and share buttons; our own HTML → text then
// gives the blocks the clean-up expects. Scripts are never run: linkedom only parses.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '$lib/polish/html';
import { Refusal } from './refusals';

export interface PageArticle {
	title: string;
	/** The site's name (og:site_name or JSON-LD publisher), for the "source" field. */
	source: string;
	/** YYYY-MM-DD in Polish time, or '' when the page does not say. */
	publishedOn: string;
	text: string;
	/** The page's declared language (<html lang>), lower case, or ''. */
	lang: string;
}

// Readability over linkedom slows down steeply with nesting (measured: a chain of 400 nested <div>s
// took 1.3 s, 1000 took 39 s) and with element count, and it runs on the request's thread. Real news
// pages stay far below these (Lighthouse calls a depth over 32 excessive); the worst page within them
// took about 1.5 s.
const MAX_ELEMENTS = 15_000;
const MAX_DEPTH = 80;
// Removed before counting: they are never article text, and icons and embeds add thousands of elements.
const NOISE = 'script:not([type="application/ld+json"]), style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' });

/** An ISO date or date-time → the calendar day in Warsaw ("2024-03-14T23:30:00Z" is already the 15th there). */
export function dayOf(value: string | null | undefined): string {
	const s = (value ?? '').trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
	if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return '';
	const d = new Date(s);
	return Number.isNaN(d.getTime()) ? '' : dayFormat.format(d);
}

const norm = (s: string) =>
	squash(s)
		.toLocaleLowerCase('pl')
		.replace(/[.!?:]+$/, '');

/** The body without a first block that only repeats the title. */
function withoutTitle(text: string, title: string): string {
	const blocks = text.split(/\n{2,}/);
	if (title && blocks.length > 1 && norm(blocks[0]) === norm(title)) blocks.shift();
	return blocks.join('\n\n');
}

/** Whether a parsed page is too large or too deep to hand to Readability on the request's thread. */
function tooComplex(document: ReturnType<typeof parseHTML>['document']): boolean {
	for (const el of document.querySelectorAll(NOISE)) el.remove();
	const elements = document.querySelectorAll('*');
	if (elements.length > MAX_ELEMENTS) return true;
	// Parents come before their children in document order.
	const depth = new Map<unknown, number>();
	for (const el of elements) {
		const d = (depth.get(el.parentElement) ?? 0) + 1;
		if (d > MAX_DEPTH) return true;
		depth.set(el, d);
	}
	return false;
}

/**
 * The main text and metadata of a page, or null when Readability finds no article in it.
 * Throws Refusal('complex') for a page too large or too deep to analyse safely.
 */
export function readArticleHtml(html: string): PageArticle | null {
	const { document } = parseHTML(html);
	if (tooComplex(document)) throw new Refusal('complex');
	const lang = (document.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
	const metaContent = (name: string) =>
		squash(document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? '');
	const fallbackTitle = metaContent('og:title');
	const fallbackSite = metaContent('og:site_name');
	const fallbackDate = metaContent('article:published_time');
	const h1s = document.querySelectorAll('h1');
	const h1 = h1s.length === 1 ? squash(h1s[0].textContent ?? '') : '';
	let article: ReturnType<Readability['parse']>;
	try {
		article = new Readability(document as unknown as Document, { maxElemsToParse: MAX_ELEMENTS }).parse();
	} catch {
		return null;
	}
	if (!article?.content) return null;
	let text = htmlToText(article.content).text;
	// The page's one <h1>, when the article starts with it, is the headline: a better title than <title>
	// ("Strona", "… | Portal"), and not part of the body. A logo set as <h1> is outside the article.
	const headline = h1 && norm(text.split(/\n{2,}/)[0]) === norm(h1) ? h1 : '';
	if (headline)
		text = text
			.split(/\n{2,}/)
			.slice(1)
			.join('\n\n');
	const title = squash(fallbackTitle || headline || article.title || '');
	text = withoutTitle(text, title);
	return {
		title,
		source: squash(article.siteName || fallbackSite),
		publishedOn: dayOf(article.publishedTime || fallbackDate),
		text,
		lang: lang || (article.lang ?? '').toLowerCase()
	};
}

/** An uploaded .html file → article text and title; pages Readability cannot read keep the plain conversion. */
export function htmlUploadText(html: string): { text: string; title: string } {
	const plain = htmlToText(html);
	let article: PageArticle | null;
	try {
		article = readArticleHtml(html);
	} catch {
		return plain;
	}
	if (!article || !article.text.trim()) return plain;
	return { text: article.text, title: article.title || plain.title };
}
