// HTML → readable plain text for article import. A small tokenizer rather than a DOM: we only need
// block boundaries, headings and the text, and must never execute or render anything. Headings and
// paragraphs come out as blocks separated by blank lines, the form cleanArticle expects.
import { decodeHTML } from 'entities';

export interface HtmlText {
	text: string;
	/** The page's <title> or first <h1>, to prefill the article title. */
	title: string;
}

// Elements whose whole content is not article text.
const SKIP = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'math',
	'iframe',
	'object',
	'embed',
	'canvas',
	'video',
	'audio',
	'nav',
	'aside',
	'figure',
	'figcaption',
	'footer',
	'form',
	'button',
	'select',
	'textarea',
	'dialog',
	'menu'
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'track', 'wbr', 'area', 'base', 'col', 'param']);
const HEADING = /^h[1-6]$/;
const BLOCK = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'header',
	'blockquote',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'table',
	'tr',
	'pre',
	'address',
	'hgroup',
	'details',
	'summary',
	'body',
	'html'
]);

interface Tag {
	name: string;
	closing: boolean;
	selfClosing: boolean;
	end: number;
}

/** Reads the tag starting at `at` ("<" already seen); null if it is not a tag (a lone "<" in text). */
function readTag(html: string, at: number): Tag | null {
	const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(at, at + 64));
	if (!m) return null;
	// Attribute values may contain ">", so skip quoted strings while looking for the end.
	let i = at + m[0].length;
	let quote = '';
	for (; i < html.length; i++) {
		const ch = html[i];
		if (quote) {
			if (ch === quote) quote = '';
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === '>') break;
	}
	return { name: m[2].toLowerCase(), closing: m[1] === '/', selfClosing: html[i - 1] === '/', end: Math.min(i + 1, html.length) };
}

/** Index just past the matching close tag of a skipped element (nesting of the same name counted). */
function skipElement(html: string, name: string, from: number): number {
	const raw = name === 'script' || name === 'style' || name === 'textarea';
	const re = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
	re.lastIndex = from;
	let depth = 1;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		if (m[1]) depth--;
		else if (!raw && !m[0].endsWith('/>')) depth++;
		if (depth === 0) return m.index + m[0].length;
	}
	return html.length;
}

export function htmlToText(html: string): HtmlText {
	const blocks: { text: string; heading: boolean }[] = [];
	let current = '';
	let heading = false;
	let title = '';
	let h1 = '';
	let inTitle = false;

	const flush = () => {
		const text = current
			.replace(/[ \t\f\v\r\u00a0]+/g, ' ')
			.replace(/ *\n */g, '\n')
			.replace(/\n{2,}/g, '\n')
			.trim();
		if (text) blocks.push({ text, heading });
		current = '';
		heading = false;
	};

	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		const chunk = html.slice(i, lt < 0 ? html.length : lt);
		if (chunk) {
			const text = decodeHTML(chunk.replace(/\s+/g, ' '));
			if (inTitle) title += text;
			else current += text;
		}
		if (lt < 0) break;
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end < 0 ? html.length : end + 3;
			continue;
		}
		if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
			const end = html.indexOf('>', lt);
			i = end < 0 ? html.length : end + 1;
			continue;
		}
		const tag = readTag(html, lt);
		if (!tag) {
			current += '<';
			i = lt + 1;
			continue;
		}
		i = tag.end;
		const { name } = tag;
		if (name === 'title') {
			inTitle = !tag.closing;
			continue;
		}
		if (!tag.closing && SKIP.has(name)) {
			if (!tag.selfClosing && !VOID.has(name)) i = skipElement(html, name, i);
			current += ' ';
			continue;
		}
		if (name === 'br') current += '\n';
		else if (HEADING.test(name)) {
			flush();
			if (tag.closing && name === 'h1' && !h1) h1 = blocks.at(-1)?.text ?? '';
			heading = !tag.closing;
		} else if (BLOCK.has(name) || name === 'hr') flush();
		else if (name === 'td' || name === 'th') current += ' ';
	}
	flush();

	// Headings keep no final punctuation and stand alone, so the clean-up recognises them as headings.
	const text = blocks.map((b) => (b.heading ? b.text.replace(/\n/g, ' ') : b.text)).join('\n\n');
	return { text, title: (h1 || title).replace(/\s+/g, ' ').trim() };
}

/** True when a pasted or uploaded text is more likely HTML markup than prose. */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2000).trimStart().toLowerCase();
	return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(p|div|article|h[1-6]|body)[\s>]/.test(head);
}
