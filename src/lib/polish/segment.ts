// TEMPORARY STUB: the text-tools helper replaces this with abbreviation-aware splitting.
export interface Span {
	text: string;
	start: number;
	end: number;
}

export function splitSentences(text: string): Span[] {
	const seg = new Intl.Segmenter('pl', { granularity: 'sentence' });
	const out: Span[] = [];
	for (const s of seg.segment(text)) {
		const trimmed = s.segment.trim();
		if (!trimmed) continue;
		const start = s.index + s.segment.indexOf(trimmed);
		out.push({ text: trimmed, start, end: start + trimmed.length });
	}
	return out;
}

export function splitWords(text: string): Span[] {
	const seg = new Intl.Segmenter('pl', { granularity: 'word' });
	const out: Span[] = [];
	for (const s of seg.segment(text)) {
		if (s.isWordLike) out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
	}
	return out;
}
