import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDictdEntry, parseDictdIndex, type GlossaryIndex, type Sense } from '../../polish/glossary';

const dir = () => process.env.FREEDICT_DIR ?? resolve('data/freedict');

let loaded: { index: GlossaryIndex; dict: Buffer } | null | undefined;

/** FreeDict Polish–English, loaded on first use; null when `npm install` could not obtain it. */
function glossary() {
	if (loaded !== undefined) return loaded;
	const index = resolve(dir(), 'pol-eng.index');
	const dict = resolve(dir(), 'pol-eng.dict');
	loaded = existsSync(index) && existsSync(dict) ? { index: parseDictdIndex(readFileSync(index, 'utf8')), dict: readFileSync(dict) } : null;
	if (!loaded) console.warn('[glossary] data/freedict missing: word meanings are not shown. Run "node scripts/install-data.mjs".');
	return loaded;
}

export function meaningsOf(lemma: string): Sense[] {
	const g = glossary();
	const spans = g?.index.get(lemma.toLocaleLowerCase('pl'));
	if (!g || !spans) return [];
	return spans.flatMap(([offset, length]) => parseDictdEntry(g.dict.toString('utf8', offset, offset + length)));
}

/** Whether FreeDict has an entry for this exact (lower-case) headword, e.g. an expression "brać udział". */
export function isHeadword(phrase: string): boolean {
	return !!glossary()?.index.has(phrase);
}

/** English senses of a base form, for vocabulary questions. */
export function englishMeanings(lemma: string): string[] {
	return meaningsOf(lemma).map((s) => s.english);
}
