const LETTER = /[\p{L}\p{M}-]/u;

/** The word under a tap or click in rendered text (browser only), or the selected text when there is a selection. */
export function wordAtPoint(x: number, y: number): string | null {
	const selected = window.getSelection()?.toString().trim();
	if (selected) return selected.split(/\s+/).length === 1 ? selected : null;
	const doc = document as Document & {
		caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
	};
	let node: Node | null = null;
	let offset = 0;
	const pos = doc.caretPositionFromPoint?.(x, y);
	if (pos) ({ offsetNode: node, offset } = pos);
	else {
		const range = document.caretRangeFromPoint?.(x, y);
		if (range) ({ startContainer: node, startOffset: offset } = range);
	}
	if (!node || node.nodeType !== Node.TEXT_NODE) return null;
	const text = node.textContent ?? '';
	let start = offset;
	let end = offset;
	while (start > 0 && LETTER.test(text[start - 1])) start--;
	while (end < text.length && LETTER.test(text[end])) end++;
	const word = text.slice(start, end).replace(/^-+|-+$/g, '');
	return word || null;
}
