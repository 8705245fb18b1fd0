// Sentence, word and paragraph splitting for Polish news text. Intl.Segmenter splits after
// every "r." or "tys." and never before a sentence that starts with a digit, so sentences are
// found here with explicit rules. All offsets refer to the input string.

export interface Span {
	text: string;
	start: number;
	end: number;
}

// Abbreviations that precede what they qualify (a name, number or phrase): the sentence goes on.
const NEVER_FINAL = new Set(
	(
		'm.in ok np tzw tj tzn ws nr prof dr hab inż mgr gen płk ppłk mjr kpt por gen ks bp abp św im ul al pl os ' +
		'godz art ust pkt poz str tel wg zob dz red min ds mec doc sz ang łac niem ros franc pol woj pow gm ' +
		'br ub pt płd płn wsch zach ew jw wyd tab rys ryc st podinsp nadinsp insp nadkom podkom kom asp sierż mł kmdr ppor kpr szer bryg adw hr o.o dyr zast kier wew sygn p.p z-ca prok sędz rad wlkp pom maz'
	).split(' ')
);
// Abbreviations that often end a sentence ("w 2002 r."): final only before a capital letter.
const FINAL_BEFORE_CAPITAL = new Set('r w tys mln mld proc itd itp etc n.e p.n.e n.p.m zł gr'.split(' '));

const TERMINATOR = /[.!?…]+["”»’)\]]*(?=\s|$)/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** The word (letters and inner dots) ending right before `at`, lowercased, without final dot. */
function wordBefore(text: string, at: number): string {
	let i = at;
	while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
	return text.slice(i, at).replace(/^\.+/, '');
}

/** First letter or digit after `from`, skipping spaces and opening quotes/dashes/brackets. */
function nextSignificant(text: string, from: number): { ch: string; newline: boolean } | null {
	let newline = false;
	for (let i = from; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\n') newline = true;
		if (/[\s"„“”«»'‘([–—-]/u.test(ch)) continue;
		return { ch, newline };
	}
	return null;
}

function isBoundary(text: string, match: RegExpExecArray, sentenceStart = 0): boolean {
	const next = nextSignificant(text, match.index + match[0].length);
	if (!next) return true;
	if (LOWER.test(next.ch)) return false;
	if (!match[0].startsWith('.') || match[0].startsWith('..')) return UPPER.test(next.ch) || DIGIT.test(next.ch) || next.newline;

	const word = wordBefore(text, match.index);
	// Not toLocaleLowerCase('pl'): the same result, ten times slower (see morphology.ts).
	const lower = word.toLowerCase();
	if (NEVER_FINAL.has(lower)) return next.newline;
	// "W 2002 r. Rada…": a would-be sentence of three words or fewer is an opening phrase, not a sentence.
	if (FINAL_BEFORE_CAPITAL.has(lower))
		return next.newline || (UPPER.test(next.ch) && text.slice(sentenceStart, match.index).trim().split(/\s+/).length > 3);
	// A lone capital is an initial ("J. Stoltenberg"); a number is an ordinal ("12. pułk").
	if (/^\p{Lu}$/u.test(word)) return next.newline;
	if (isOrdinal(text, match.index)) return next.newline;
	return UPPER.test(next.ch) || DIGIT.test(next.ch) || next.newline || !/\p{L}|\p{N}/u.test(next.ch);
}

const ORDINAL_BEFORE =
	/(?:^|\s)(?:w|we|na|podczas|do|od|z|ze|po|przed|dla|o|zwycięzcą|zwycięzca|edycji|edycja|finale|trakcie|czasie)\s+\d{1,3}$/iu;

/** "podczas 48. Festiwalu", "na 5. miejscu": a number after a preposition, ending in a dot, is an ordinal. */
function isOrdinal(text: string, dot: number): boolean {
	return ORDINAL_BEFORE.test(text.slice(Math.max(0, dot - 30), dot));
}

function trimmedSpan(text: string, start: number, end: number): Span | null {
	while (start < end && /\s/u.test(text[start])) start++;
	while (end > start && /\s/u.test(text[end - 1])) end--;
	return start < end ? { text: text.slice(start, end), start, end } : null;
}

export function splitSentences(text: string): Span[] {
	const out: Span[] = [];
	for (const para of splitParagraphs(text)) {
		for (const group of splitAtBareLines(text, para.start, para.end)) {
			const body = text.slice(0, group.end);
			let start = group.start;
			TERMINATOR.lastIndex = group.start;
			for (let m = TERMINATOR.exec(body); m; m = TERMINATOR.exec(body)) {
				if (!isBoundary(body, m, start)) continue;
				const span = trimmedSpan(text, start, m.index + m[0].length);
				if (span) out.push(span);
				start = m.index + m[0].length;
			}
			const rest = trimmedSpan(text, start, group.end);
			if (rest) out.push(rest);
		}
	}
	return out;
}

/**
 * A line break ends a sentence when the line has no final punctuation and the next line starts
 * with a capital or digit: a heading or list item inside a paragraph.
 */
function splitAtBareLines(text: string, start: number, end: number): Span[] {
	const out: Span[] = [];
	const re = /\n/g;
	re.lastIndex = start;
	let from = start;
	for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
		const before = text.slice(from, m.index).trimEnd();
		const after = nextSignificant(text, m.index + 1);
		if (before && !/[.!?…:;,]["”»’)\]]*$/u.test(before) && after && (UPPER.test(after.ch) || DIGIT.test(after.ch))) {
			const span = trimmedSpan(text, from, m.index);
			if (span) out.push(span);
			from = m.index + 1;
		}
	}
	const last = trimmedSpan(text, from, end);
	if (last) out.push(last);
	return out;
}

// Dotted abbreviations kept whole; digits joined by , or . (4,9 · 12.01.2022); letters/digits
// joined by hyphens or apostrophes (NATO-Rosja, F-16, O'Brien) but digit ranges stay apart.
const WORD =
	/(?:m\.in\.|p\.n\.e\.|n\.p\.m\.|n\.e\.)|\p{N}+(?:[.,]\p{N}+)*(?:-(?=\p{L})[\p{L}\p{N}]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function splitWords(text: string): Span[] {
	const out: Span[] = [];
	for (const m of text.matchAll(WORD)) {
		out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
	}
	return out;
}

/** Paragraphs are separated by blank lines (lines with only whitespace count as blank). */
export function splitParagraphs(text: string): Span[] {
	const out: Span[] = [];
	const re = /\n[ \t\r]*\n\s*/g;
	let start = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const span = trimmedSpan(text, start, m.index);
		if (span) out.push(span);
		start = m.index + m[0].length;
	}
	const last = trimmedSpan(text, start, text.length);
	if (last) out.push(last);
	return out;
}
