// From the text a teacher gave to what is stored: clean it, put back the removed parts the teacher
// chose to keep, and rate its difficulty. Pure (no DB): the import preview shows exactly what saving stores.
import { articleText, type Block, type RemovedPart } from '$lib/polish/article';
import { cleanArticle } from '$lib/polish/clean';
import { readability, type Readability } from '$lib/polish/readability';
import { splitWords } from '$lib/polish/segment';

/** A removed part as stored in articles.removed: restored ones are back in the blocks. */
export interface StoredRemovedPart extends RemovedPart {
	restored: boolean;
}

export interface PreparedArticle {
	blocks: Block[];
	removed: StoredRemovedPart[];
	text: string;
	wordCount: number;
	readability: Readability;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where `needle` starts in `raw`, ignoring differences in whitespace; -1 if not found. */
function locate(raw: string, needle: string, from = 0): number {
	const exact = raw.indexOf(needle, from);
	if (exact >= 0) return exact;
	const head = squash(needle).slice(0, 40);
	if (!head) return -1;
	const pattern = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
	const re = new RegExp(pattern, 'g');
	re.lastIndex = from;
	return re.exec(raw)?.index ?? -1;
}

/**
 * Re-inserts restored parts as paragraphs where they stood in the raw text: before the first kept
 * block that came after them (inline removals such as URLs go after the block they were cut from).
 */
function insertRestored(raw: string, blocks: Block[], restored: RemovedPart[]): Block[] {
	if (restored.length === 0) return blocks;
	const positions: number[] = [];
	let from = 0;
	for (const b of blocks) {
		const at = locate(raw, b.text.slice(0, 60), from);
		positions.push(at < 0 ? from : at);
		if (at >= 0) from = at + 1;
	}
	const pending = restored.map((part) => ({ text: squash(part.text), at: locate(raw, part.text) }));
	const out: Block[] = [];
	blocks.forEach((block, i) => {
		for (const p of pending) {
			if (p.at >= 0 && p.at < positions[i]) {
				out.push({ type: 'paragraph', text: p.text });
				p.at = -2; // placed
			}
		}
		out.push(block);
	});
	for (const p of pending) if (p.at !== -2) out.push({ type: 'paragraph', text: p.text });
	return out;
}

/** `keep` lists the texts of removed parts to restore (texts, not indexes, so edits do not shift them). */
export function prepareArticle(rawText: string, keep: Iterable<string>): PreparedArticle {
	const cleaned = cleanArticle(rawText);
	const wanted = new Set([...keep].map(squash));
	const removed = cleaned.removed.map((r) => ({ ...r, restored: wanted.has(squash(r.text)) }));
	const blocks = insertRestored(
		rawText,
		cleaned.blocks,
		removed.filter((r) => r.restored)
	);
	const text = articleText(blocks);
	const body = articleText(blocks.filter((b) => b.type !== 'heading'));
	return { blocks, removed, text, wordCount: splitWords(text).length, readability: readability(body) };
}
