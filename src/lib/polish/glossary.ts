// Reads a dictd dictionary (FreeDict Polish–English): an index of "headword\toffset\tlength"
// with offsets in dictd's base64 digits, and the definitions file they point into.

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeDictdNumber(s: string): number {
	let n = 0;
	for (const c of s) n = n * 64 + DIGITS.indexOf(c);
	return n;
}

export type GlossaryIndex = Map<string, [number, number][]>;

export function parseDictdIndex(text: string): GlossaryIndex {
	const index: GlossaryIndex = new Map();
	for (const line of text.split('\n')) {
		const [word, offset, length] = line.split('\t');
		if (!word || !length || word.startsWith('00database')) continue;
		const key = word.toLocaleLowerCase('pl');
		const spans = index.get(key) ?? [];
		spans.push([decodeDictdNumber(offset), decodeDictdNumber(length)]);
		index.set(key, spans);
	}
	return index;
}

export interface Sense {
	/** English equivalents, comma-separated as FreeDict gives them. */
	english: string;
	/** FreeDict's Polish explanation of the sense, when it has one. */
	polish?: string;
	/** Usage and domain labels FreeDict puts before the explanation ("potocznie", "fizyka"). */
	labels?: string[];
	/** The entry's part of speech as FreeDict tags it: n, v, adj, adv, pn (proper noun), idiom… */
	pos?: string;
}

/** "mission 2." → "mission": a trailing number only announces a sub-sense that shares the English words. */
const TRAILING_SUBSENSE = /\s+\d+\.$/;
const NUMBERED = /^\d+\.\s/;
/** A sub-sense with no English of its own ("3."): its explanation belongs to the English before it. */
const BARE_NUMBER = /^\d+\.$/;

function explanation(line: string): Pick<Sense, 'polish' | 'labels'> {
	const cleaned = line
		.replace(/;\s*;.*$/, '')
		.replace(/;\s*$/, '')
		.trim();
	const m = /^\(([^)]*)\)\s*(.*)$/.exec(cleaned);
	if (!m) return cleaned ? { polish: cleaned } : {};
	const labels = m[1]
		.split(',')
		.map((l) => l.trim().toLocaleLowerCase('pl'))
		.filter(Boolean);
	return { ...(m[2] ? { polish: m[2] } : {}), ...(labels.length ? { labels } : {}) };
}

/**
 * FreeDict entries read: a header line (word, IPA, <pos>), then per sense an English line
 * (numbered "1. " when there are several) followed by a Polish explanation, which may open with
 * labels in brackets ("(potocznie) kłąb kurzu").
 */
export function parseDictdEntry(entry: string): Sense[] {
	const all = entry
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const pos = /<([a-z]+)>/.exec(all[0] ?? '')?.[1];
	const lines = all.slice(1);
	const numbered = lines.some((l) => NUMBERED.test(l));
	const senses: Sense[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const isSense = numbered ? NUMBERED.test(line) : i === 0;
		if (!isSense) continue;
		const next = lines[i + 1];
		const explained = next && !NUMBERED.test(next) && !BARE_NUMBER.test(next) ? explanation(next) : {};
		const english = line.replace(NUMBERED, '').replace(TRAILING_SUBSENSE, '').trim();
		if (english) senses.push({ english, ...explained, ...(pos ? { pos } : {}) });
	}
	return senses;
}
