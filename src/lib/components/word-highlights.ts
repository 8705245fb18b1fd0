// Marks the words of the reading the learner does not know yet, with the CSS Custom Highlight API: the text's
// DOM stays as ArticleView made it (evidence marks included), so nothing has to re-render. Loaded on demand.

/** Spans as /learn/[id]/words gives them: [start, end, 0 unknown | 1 being learnt], offsets in articleText(blocks). */
type Span = [number, number, number];
export interface TextWords {
	spans: Span[];
	total: number;
	unknown: number;
	percent: number;
	rest: number;
}

const NAMES = ['word-unknown', 'word-learning'] as const;

export function highlightsSupported(): boolean {
	return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Ranges for text offsets: each block element of `.article-body` holds one block, blocks joined by two characters. */
function rangesOf(root: HTMLElement, spans: Span[]): Range[][] {
	const out: Range[][] = [[], []];
	const body = root.querySelector('.article-body');
	if (!body) return out;
	const nodes: { node: Text; start: number }[] = [];
	let at = 0;
	for (const block of Array.from(body.children)) {
		const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
		let inBlock = 0;
		for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
			nodes.push({ node: n, start: at + inBlock });
			inBlock += n.length;
		}
		at += inBlock + 2;
	}
	let i = 0;
	for (const [start, end, kind] of spans) {
		while (i < nodes.length - 1 && nodes[i + 1].start <= start) i++;
		const n = nodes[i];
		// A word split by an evidence mark's edge is left out rather than marked half.
		if (!n || end > n.start + n.node.length) continue;
		const range = new Range();
		range.setStart(n.node, start - n.start);
		range.setEnd(n.node, end - n.start);
		out[kind === 1 ? 1 : 0].push(range);
	}
	return out;
}

/** Fetches the learner's words of the reading and marks them; gives the figures, or null when it failed. */
export async function showWords(root: HTMLElement, endpoint: string): Promise<TextWords | null> {
	const res = await fetch(endpoint).catch(() => null);
	if (!res?.ok) return null;
	const words = (await res.json()) as TextWords;
	const ranges = rangesOf(root, words.spans);
	NAMES.forEach((name, k) => CSS.highlights.set(name, new Highlight(...ranges[k])));
	return words;
}

export function hideWords() {
	for (const name of NAMES) CSS.highlights.delete(name);
}
