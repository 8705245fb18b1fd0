// Words of the rendered article (browser only): the one under a tap, or the next one for the
// keyboard, with the sentence around it so that word help can fit the sentence.

const LETTER = /[\p{L}\p{M}-]/u;
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
const BLOCK = 'p, h1, h2, h3, li, blockquote';

export interface WordInContext {
	word: string;
	/** The sentence holding the word (up to the nearest . ! ? … on either side, within its paragraph). */
	sentence?: string;
	/** The word's offset in that sentence. */
	at?: number;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
	const doc = document as Document & {
		caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
	};
	const pos = doc.caretPositionFromPoint?.(x, y);
	if (pos) return { node: pos.offsetNode, offset: pos.offset };
	const range = document.caretRangeFromPoint?.(x, y);
	return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The sentence of the paragraph around a word's range. */
function inContext(range: Range): WordInContext | null {
	const word = range
		.toString()
		.trim()
		.replace(/^-+|-+$/g, '');
	if (!word) return null;
	const start = range.startContainer;
	const block = (start.nodeType === Node.TEXT_NODE ? start.parentElement : (start as Element))?.closest(BLOCK);
	if (!block) return { word };
	const before = document.createRange();
	before.setStart(block, 0);
	before.setEnd(range.startContainer, range.startOffset);
	const text = block.textContent ?? '';
	const offset = before.toString().length;
	const head = text.slice(0, offset);
	const from = Math.max(0, ...[...head.matchAll(/[.!?…]["”»]?\s+/g)].map((m) => m.index! + m[0].length));
	const tail = /[.!?…](?=["”»]?(\s|$))/.exec(text.slice(offset + word.length));
	const to = tail ? offset + word.length + tail.index + 1 : text.length;
	return { word, sentence: text.slice(from, to).trim(), at: offset - from };
}

/** The word under a tap or click, or the selected word when there is a selection. */
export function wordAtPoint(x: number, y: number): WordInContext | null {
	const selection = window.getSelection();
	const selected = selection?.toString().trim();
	if (selected && selection!.rangeCount) return selected.split(/\s+/).length === 1 ? inContext(selection!.getRangeAt(0)) : null;
	const caret = caretAt(x, y);
	if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
	const text = caret.node.textContent ?? '';
	let start = caret.offset;
	let end = caret.offset;
	while (start > 0 && LETTER.test(text[start - 1])) start--;
	while (end < text.length && LETTER.test(text[end])) end++;
	if (start === end) return null;
	const range = document.createRange();
	range.setStart(caret.node, start);
	range.setEnd(caret.node, end);
	return inContext(range);
}

function wordRanges(root: HTMLElement): Range[] {
	const out: Range[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		for (const m of (node.textContent ?? '').matchAll(WORD)) {
			const r = document.createRange();
			r.setStart(node, m.index!);
			r.setEnd(node, m.index! + m[0].length);
			out.push(r);
		}
	}
	return out;
}

/**
 * Selects the next (or previous) word of the text after the current selection, so the keyboard
 * can reach every word: the selection is what a tap would give, and Enter looks it up.
 */
export function stepWord(root: HTMLElement, direction: 1 | -1): WordInContext | null {
	const words = wordRanges(root);
	if (!words.length) return null;
	const selection = window.getSelection();
	const current = selection?.rangeCount ? selection.getRangeAt(0) : null;
	const inside = current && root.contains(current.startContainer);
	let next: Range | undefined;
	if (!inside) next = direction === 1 ? words[0] : words[words.length - 1];
	else if (direction === 1) next = words.find((w) => w.compareBoundaryPoints(Range.START_TO_START, current) > 0);
	else next = words.findLast((w) => w.compareBoundaryPoints(Range.START_TO_START, current) < 0);
	if (!next) return null;
	selection?.removeAllRanges();
	selection?.addRange(next);
	(next.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
	return inContext(next);
}

/** The selected word of the text, for Enter. */
export function selectedWord(root: HTMLElement): WordInContext | null {
	const selection = window.getSelection();
	if (!selection?.rangeCount || !root.contains(selection.getRangeAt(0).startContainer)) return null;
	const text = selection.toString().trim();
	return text && !/\s/.test(text) ? inContext(selection.getRangeAt(0)) : null;
}
