import { splitSentences } from '../polish/segment';
import { withFastLetters } from '../polish/fast-letters';

/** A sentence of the article with its span in the article text. */
export interface Sentence {
	index: number;
	text: string;
	start: number;
	end: number;
	paragraph: number;
	/** Headings, captions and foreign-language lines: never the source of a question. */
	usable: boolean;
}

/** A word or punctuation mark with its span in the article text. */
export interface Token {
	text: string;
	start: number;
	end: number;
	word: boolean;
}

const TOKEN_RE = /\d+(?:[\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+|\.(?=[a-z]{2,3}\b)[a-z]+)*|\S/gu;

const ASCII_WORD_START = /^[A-Za-z0-9]/;

export function tokenize(text: string, offset = 0): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(TOKEN_RE)) {
		const start = offset + (m.index ?? 0);
		// Most tokens start with an ASCII letter or digit: no Unicode property test needed for them.
		const word = ASCII_WORD_START.test(m[0]) || /[\p{L}\d]/u.test(m[0]);
		out.push({ text: m[0], start, end: start + m[0].length, word });
	}
	return out;
}

const ENGLISH = new Set([
	'the',
	'and',
	'of',
	'is',
	'has',
	'for',
	'it',
	'whether',
	'any',
	'to',
	'with',
	'on',
	'are',
	'was',
	'its',
	'each',
	'or',
	'this',
	'that'
]);
const POLISH = new Set([
	'w',
	'we',
	'z',
	'na',
	'i',
	'się',
	'że',
	'do',
	'nie',
	'jest',
	'od',
	'o',
	'po',
	'to',
	'a',
	'oraz',
	'przez',
	'dla',
	'są',
	'był',
	'była',
	'było'
]);

const LETTERS = withFastLetters(/\p{L}+/gu);

/** Rejects embedded posts, links and English lines that survive clean-up. */
function looksPolishProse(s: string): boolean {
	if (/https?:|www\.|pic\.twitter|[#@]\w/.test(s)) return false;
	const words = s.toLowerCase().match(LETTERS) ?? [];
	if (words.length < 4) return false;
	let en = 0;
	let pl = 0;
	for (const w of words) {
		if (ENGLISH.has(w)) en++;
		if (POLISH.has(w)) pl++;
	}
	if (/[ąćęłńóśźż]/i.test(s)) pl += 2;
	return pl > en;
}

/** A paragraph with no sentence-final punctuation is a heading or caption. */
function isHeading(paragraph: string): boolean {
	return !/[.!?…"”»)]$/.test(paragraph.trim());
}

export function articleSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
	let paragraph = 0;
	for (const m of text.matchAll(paraRe)) {
		const para = m[0];
		if (!para.trim()) continue;
		const base = m.index ?? 0;
		const heading = isHeading(para);
		for (const s of splitSentences(para)) {
			const start = base + s.start;
			const sentence = text.slice(start, base + s.end);
			out.push({
				index: out.length,
				text: sentence,
				start,
				end: start + sentence.length,
				paragraph,
				usable: !heading && looksPolishProse(sentence)
			});
		}
		paragraph++;
	}
	return out;
}

export function isCapitalized(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}

export function lowerFirst(s: string): string {
	return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
