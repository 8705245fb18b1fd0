// Markdown → the plain text cleanArticle expects: headings and paragraphs as blocks separated by blank lines,
// a list as one block with an item a line. Images, raw HTML and link targets go; link and code text stay.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * Longest stretch between blank lines handed to the parser as one paragraph. micromark's inline pass grows with
 * the square of a paragraph's length on some inputs (a 390 kB file of "[a](" took minutes), so longer stretches
 * are cut into paragraphs: at a line end, else at a space. A news paragraph is a small fraction of this.
 */
const MAX_PARAGRAPH = 5_000;

function bounded(md: string): string {
	if (md.length <= MAX_PARAGRAPH) return md;
	return md
		.split(/(\n[ \t]*\n)/)
		.map((run) => {
			const pieces: string[] = [];
			let from = 0;
			while (run.length - from > MAX_PARAGRAPH) {
				const limit = from + MAX_PARAGRAPH;
				let at = run.lastIndexOf('\n', limit);
				if (at <= from) at = run.lastIndexOf(' ', limit);
				if (at <= from) at = limit;
				pieces.push(run.slice(from, at));
				from = at;
			}
			pieces.push(run.slice(from));
			return pieces.join('\n\n');
		})
		.join('');
}

/** Text of inline content. Walked with a stack, not recursion: a hostile file can nest emphasis thousands deep. */
function inlineText(node: Nodes): string {
	let text = '';
	const stack: Nodes[] = [node];
	for (let n = stack.pop(); n; n = stack.pop()) {
		if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
		else if (n.type === 'break') text += '\n';
		// Images keep their alt text in a field, not in children, so they fall away here with raw HTML.
		else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
	}
	return text.trim();
}

interface Block {
	lines: string[];
	heading: boolean;
}

/** Blocks in document order; containers (quotes, lists) are walked with a stack too. */
function blocks(root: Root): Block[] {
	const out: Block[] = [];
	const stack: { node: Nodes; list: Block | null }[] = [{ node: root, list: null }];
	for (let entry = stack.pop(); entry; entry = stack.pop()) {
		const { node } = entry;
		let { list } = entry;
		if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'code') {
			const text = node.type === 'code' ? node.value.trim() : inlineText(node);
			const heading = node.type === 'heading' && !list;
			if (!text) continue;
			if (list) list.lines.push(text);
			else out.push({ lines: [heading ? text.replace(/\s*\n\s*/g, ' ') : text], heading });
			continue;
		}
		if (node.type === 'list' && !list) out.push((list = { lines: [], heading: false }));
		if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
			for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], list });
		}
	}
	return out.filter((b) => b.lines.length > 0);
}

/** The article text, and its first heading to prefill the title. */
export function markdownToText(md: string): { text: string; title: string } {
	const found = blocks(fromMarkdown(bounded(md)));
	return {
		text: found.map((b) => b.lines.join('\n')).join('\n\n'),
		title: found.find((b) => b.heading)?.lines[0] ?? ''
	};
}
