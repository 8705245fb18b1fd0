// The graded reading library: original Polish texts for learners (A1–B2) that ship with the app.
// Each text is a file in ./texts/ with a small header, a blank line, then paragraphs separated by blank lines;
// Vite bundles them as strings at build time (the same in the app and in vitest). docs/library.md has the level rules.
import { splitWords } from '../polish/segment';
import { LIBRARY_LEVELS, type LibraryLevel } from './levels';

export { LIBRARY_LEVELS, type LibraryLevel };

export interface LibraryText {
	/** File name without the extension, e.g. "01-a1-moja-rodzina". */
	slug: string;
	title: string;
	level: LibraryLevel;
	topic: string;
	/** Base forms worth learning in this text. */
	keywords: string[];
	/** Paragraphs joined by a blank line, the form the question generator reads. */
	text: string;
	/** Words in the text (tokens with a letter or a digit). */
	words: number;
}

const FILES = import.meta.glob<string>('./texts/*.txt', { query: '?raw', import: 'default', eager: true });

const isLevel = (x: string): x is LibraryLevel => (LIBRARY_LEVELS as readonly string[]).includes(x);

/** Parses one library file; throws with the file's name when its header is not valid. */
export function parseLibraryText(slug: string, raw: string): LibraryText {
	const src = raw.replace(/\r\n?/g, '\n');
	const cut = src.indexOf('\n\n');
	if (cut < 0) throw new Error(`${slug}: no blank line after the header`);
	const header = new Map<string, string>();
	for (const line of src.slice(0, cut).split('\n')) {
		const m = /^([a-z]+):\s*(.*)$/.exec(line.trim());
		if (!m) throw new Error(`${slug}: bad header line "${line}"`);
		header.set(m[1], m[2].trim());
	}
	const field = (name: string) => {
		const v = header.get(name);
		if (!v) throw new Error(`${slug}: header "${name}" missing or empty`);
		return v;
	};
	const level = field('level');
	if (!isLevel(level)) throw new Error(`${slug}: unknown level "${level}"`);
	const text = src
		.slice(cut)
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n\n');
	if (!text) throw new Error(`${slug}: no text`);
	const keywords = field('keywords')
		.split(',')
		.map((k) => k.trim())
		.filter(Boolean);
	const words = splitWords(text).filter((w) => /\p{L}|\p{N}/u.test(w.text)).length;
	return { slug, title: field('title'), level, topic: field('topic'), keywords, text, words };
}

const TEXTS: LibraryText[] = Object.entries(FILES)
	.map(([path, raw]) => parseLibraryText(path.replace(/^.*\//, '').replace(/\.txt$/, ''), raw))
	.sort((a, b) => a.slug.localeCompare(b.slug));

/** Every library text, in file order. */
export function libraryTexts(): LibraryText[] {
	return TEXTS;
}
