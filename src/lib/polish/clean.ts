// Plain-text clean-up of a scraped Polish news article: drops page clutter (adverts, embedded
// social posts, "Czytaj także", captions, share prompts, bare URLs), reporting each removal,
// and turns the rest into paragraph / heading / quote blocks.
import type { Block, CleanedArticle, RemovedPart } from './article';
import { isSignature, lineClutterReason, type ClutterReason } from './clutter';

/** Headings of a box that retells the article in a few points, before the article itself. */
// The heading may stand alone or run into the first point ("W skrócie Sejm przyjął…" when scraped).
const SUMMARY_HEADING =
	/^(?:w skrócie|najważniejsze informacje|kluczowe informacje|streszczenie|w pigułce)(?:\s*:?$|\s+\p{Lu})|^najważniejsze\s*:?$/iu;
const SUMMARY_LINES = 3;

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SOCIAL_DATE_LINE = new RegExp(`^(?:[—–-]\\s*)?.{0,80}?(?:\\(@\\w+\\)\\s*)?(?:${MONTHS_EN}) \\d{1,2}, \\d{4}$`);
const URL = /(?:https?:\/\/|www\.)[^\s<>"”]+/gi;
const EN_WORDS = new Set(
	'the of and is are was were has have had it its for with whether this that be by from at will not we you they their our which would should can any'.split(
		' '
	)
);
const PL_WORDS = new Set('w z na i się nie że do jest są jak o od po przez dla oraz czy być tym który która które jego jej ich'.split(' '));

/** Why a whole line is clutter, or null when it is article text. */
function lineClutter(line: string): ClutterReason | null {
	// "R E K L A M A" and "Reklama Reklama" are spelled out in many ways.
	const letters = line.replace(/[^\p{L}]/gu, '').toLocaleLowerCase('pl');
	if (/^(reklama)+$|^(advertisement|artykułsponsorowany|materiałpartnera)$/.test(letters) && line.length < 40) return 'advert';
	if (/pic\.twitter\.com\/|\bt\.co\/|twitter\.com\/\w+\/status|x\.com\/\w+\/status|instagram\.com\/(p|reel)\//i.test(line))
		return 'social-embed';
	if (SOCIAL_DATE_LINE.test(line) || /^[—–-]\s*.{1,60}\(@\w{1,15}\)/.test(line)) return 'social-embed';
	if (/^(a post shared by|view this post on instagram|zobacz ten post na instagramie|wyświetl ten post)/i.test(line)) return 'social-embed';
	const listed = lineClutterReason(line);
	if (listed) return listed;
	if (line.replace(URL, '').trim() === '') return 'url';
	if (isEnglish(line)) return 'foreign-language';
	return null;
}

function isEnglish(line: string): boolean {
	if (/[ąćęłńóśźż]/i.test(line)) return false;
	const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 4) return false;
	let en = 0;
	let pl = 0;
	for (const w of words) {
		if (EN_WORDS.has(w)) en++;
		if (PL_WORDS.has(w)) pl++;
	}
	return en >= 2 && en >= words.length * 0.15 && en > 2 * pl;
}

function normalise(raw: string): string {
	return (
		raw
			.replace(/\r\n?/g, '\n')
			.replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
			.replace(/[\u00a0\u2007\u202f\t]/g, ' ')
			.replace(/(\p{L})-[ ]*\n[ ]*(\p{Ll})/gu, '$1$2') // "informo-\nwały" -> "informowały"
			.replace(/(\p{L})-[ ]*\n[ ]*(\p{Lu})/gu, '$1-$2') // "NATO-\nRosja" -> "NATO-Rosja"
			.replace(/[ ]+\n/g, '\n')
			.replace(/\n[ ]+/g, '\n')
			.replace(/[ ]{2,}/g, ' ')
			// "do 60 km/h.Koniec tygodnia": a page that lost the space after a full stop.
			.replace(/(\p{Ll}{2}|\/h|\d)\.(\p{Lu}\p{Ll}{2})/gu, '$1. $2')
	);
}

/** A straight " closing a typographic opener becomes ” (the seed has “drugiej kategorii"). */
function fixQuotes(text: string): string {
	return text.replace(/([„“])([^"„“”\n]{1,400})"/g, '$1$2”');
}

function blockType(text: string, isOnlyLine: boolean): Block['type'] {
	const heading =
		isOnlyLine && text.length < 80 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?…:;,]["”»’)]*$/u.test(text) && /\p{L}{2}/u.test(text);
	if (heading) return 'heading';
	if (/^[„“"«]/.test(text) && /[”"»][.!?]?$/.test(text) && (text.match(/["„“”«»]/g) ?? []).length === 2) return 'quote';
	return 'paragraph';
}

/** Strips inline clutter from a kept line: trailing "Czytaj także: …" and bare URLs. */
function stripInline(line: string, removed: RemovedPart[]): string {
	let out = line;
	const readMore = /(?<=[.!?…"”]\s*)(?:czytaj|przeczytaj|zobacz)\s+(?:także|też|więcej|również)\s*:.*$/iu.exec(out);
	if (readMore) {
		removed.push({ text: readMore[0].trim(), reason: 'read-more' });
		out = out.slice(0, readMore.index);
	}
	out = out.replace(URL, (url) => {
		removed.push({ text: url, reason: 'url' });
		return '';
	});
	return out
		.replace(/\(\s*\)/g, '')
		.replace(/[ ]{2,}/g, ' ')
		.replace(/\s+([,.;:!?])/g, '$1')
		.trim();
}

/** A title-like line inside a paragraph (pages pasted with single line breaks) is a heading of its own. */
function splitAtHeadings(lines: string[]): string[][] {
	const parts: string[][] = [[]];
	lines.forEach((line, i) => {
		const next = lines[i + 1];
		if (next !== undefined && blockType(line, true) === 'heading' && /^[„"]?\p{Lu}/u.test(next)) {
			if (parts.at(-1)!.length) parts.push([]);
			parts.at(-1)!.push(line);
			parts.push([]);
		} else parts.at(-1)!.push(line);
	});
	return parts.filter((p) => p.length);
}

export function cleanArticle(raw: string): CleanedArticle {
	const removed: RemovedPart[] = [];
	const blocks: Block[] = [];
	const text = normalise(raw);
	// With blank lines, they separate paragraphs and single newlines are wrapping; without any,
	// every line is its own paragraph.
	const paragraphs = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
	// Lines of a summary box ("W skrócie") still to drop: the page's own retelling, not the article.
	let summaryLeft = 0;
	for (const para of paragraphs) {
		const kept: string[] = [];
		for (const rawLine of para.split('\n')) {
			const line = rawLine.trim();
			if (!line) continue;
			if (SUMMARY_HEADING.test(line)) {
				removed.push({ text: line, reason: 'summary-box' });
				summaryLeft = SUMMARY_LINES;
				continue;
			}
			if (summaryLeft > 0 && line.length <= 150) {
				summaryLeft--;
				removed.push({ text: line, reason: 'summary-box' });
				continue;
			}
			summaryLeft = 0;
			const reason = lineClutter(line);
			if (reason) {
				removed.push({ text: line, reason });
				continue;
			}
			const cleaned = stripInline(line, removed);
			if (cleaned) kept.push(cleaned);
		}
		if (kept.length === 0) continue;
		const parts = splitAtHeadings(kept);
		const last = parts.pop()!;
		for (const part of parts) {
			const t = fixQuotes(part.join(' '));
			blocks.push({ type: blockType(t, part.length === 1), text: t });
		}
		const joined = fixQuotes(last.join(' '));
		// A teaser or title printed twice on the page is read once.
		if (blocks.some((b) => b.text === joined)) {
			removed.push({ text: joined, reason: 'repeated' });
			continue;
		}
		blocks.push({ type: blockType(joined, last.length === 1), text: joined });
	}
	// The author's name alone on the last line signs the article.
	const last = blocks.at(-1);
	if (last && blocks.length > 2 && isSignature(last.text)) removed.push({ text: blocks.pop()!.text, reason: 'byline' });
	return { blocks, removed };
}
