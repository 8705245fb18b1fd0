// What read-aloud speaks, one sentence at a time: sentences let the page highlight what is being read and
// replay one sentence, and keep each piece of server audio small. The server and the browser split the text
// with this one function, so sentence n is the same on both sides.
import { articleText, type Block } from '../polish/article';
import { splitSentences } from '../polish/segment';

export interface SpokenPart {
	text: string;
	/** Offsets in articleText(blocks); -1 for the title, which is not part of that text. */
	start: number;
	end: number;
}

export function spokenParts(title: string, blocks: Block[]): SpokenPart[] {
	const parts: SpokenPart[] = [];
	if (title.trim()) parts.push({ text: title.trim(), start: -1, end: -1 });
	for (const s of splitSentences(articleText(blocks))) parts.push({ text: s.text, start: s.start, end: s.end });
	return parts;
}

// Abbreviations a speech engine spells out letter by letter; said in full they are what a reader hears.
const SAID: [RegExp, string][] = [
	[/(\d)\s*r\.(?=\s|$|[,;:])/g, '$1 roku'],
	[/\bm\.\s?in\./g, 'między innymi'],
	[/\bnp\./g, 'na przykład'],
	[/\btzw\./g, 'tak zwany'],
	[/\bok\.(?=\s*\d)/g, 'około'],
	[/\bgodz\./g, 'godzina'],
	[/\bul\./g, 'ulica'],
	[/\bproc\./g, 'procent'],
	[/\bitd\./g, 'i tak dalej'],
	[/\bitp\./g, 'i tym podobne']
];

/** The sentence as it should be spoken. */
export function spokenText(text: string): string {
	let out = text;
	for (const [re, said] of SAID) out = out.replace(re, said);
	return out;
}
