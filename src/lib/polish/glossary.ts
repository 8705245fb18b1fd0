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
	english: string;
	/** FreeDict's Polish explanation of the sense, when it has one. */
	polish?: string;
}

/**
 * FreeDict entries read: a header line (word, IPA, <pos>), then per sense an English line
 * (numbered "1. " when there are several) followed by a Polish explanation.
 */
export function parseDictdEntry(entry: string): Sense[] {
	const lines = entry.split('\n').map((l) => l.trim()).filter(Boolean).slice(1);
	const numbered = lines.some((l) => /^\d+\.\s/.test(l));
	const senses: Sense[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const isSense = numbered ? /^\d+\.\s/.test(line) : i === 0;
		if (!isSense) continue;
		const next = lines[i + 1];
		const polish = next && !(numbered && /^\d+\.\s/.test(next)) ? next.replace(/;\s*;.*$/, '').replace(/;\s*$/, '') : undefined;
		senses.push({ english: line.replace(/^\d+\.\s*/, ''), polish });
	}
	return senses;
}
