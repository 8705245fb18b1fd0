import type { ClutterReason } from './clutter';

type BlockType = 'heading' | 'paragraph' | 'quote';

export interface Block {
	type: BlockType;
	text: string;
}

export interface RemovedPart {
	text: string;
	/** Why the clean-up dropped it. */
	reason: ClutterReason;
}

export interface CleanedArticle {
	blocks: Block[];
	removed: RemovedPart[];
}

/** The one plain-text form of an article: evidence offsets from the question generator refer to it. */
export function articleText(blocks: Block[]): string {
	return blocks.map((b) => b.text).join('\n\n');
}

/** Character offset of each block inside articleText(blocks). */
export function blockOffsets(blocks: Block[]): number[] {
	const offsets: number[] = [];
	let at = 0;
	for (const b of blocks) {
		offsets.push(at);
		at += b.text.length + 2;
	}
	return offsets;
}
