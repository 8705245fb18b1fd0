// Turning an uploaded file into article text: only .txt, .md and .html, only valid UTF-8 text.
import { htmlToText } from '$lib/polish/html';

export const MAX_ARTICLE_CHARS = 50_000;
/** Raw file limit: HTML pages carry much markup around their text. */
const MAX_FILE_BYTES = 400_000;

export type UploadResult = { ok: true; text: string; title: string } | { ok: false; message: string };

const KINDS = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' } as const;

/** A heading's text without its optional closing hashes ("## Tytuł ##"), trimmed by hand: a regex would backtrack. */
function headingText(rest: string): string {
	let end = rest.trimEnd().length;
	let cut = end;
	while (cut > 0 && rest[cut - 1] === '#') cut--;
	if (cut < end && (cut === 0 || /\s/.test(rest[cut - 1]))) end = cut;
	return rest.slice(0, end).trim();
}

/**
 * Markdown → plain text: markers go, headings stay on their own lines, links keep their words.
 * Spans are bounded (300 characters, 500 for a link target): with open-ended `.+?` or `[^\]]*` an
 * unclosed marker repeated through a 400 kB file is retried from every marker to the end, for minutes.
 */
export function markdownToText(md: string): { text: string; title: string } {
	let title = '';
	const lines = md.split('\n').map((line) => {
		const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
		if (heading) {
			const text = headingText(heading[1]);
			title ||= text;
			return `\n${text}\n`;
		}
		if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*(```|~~~)/.test(line)) return '';
		return line.replace(/^\s{0,3}>\s?/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
	});
	const text = lines
		.join('\n')
		.replace(/!\[[^\]]{0,300}\]\([^)]{0,500}\)/g, '')
		.replace(/\[([^\]]{1,300})\]\([^)]{0,500}\)/g, '$1')
		.replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2')
		.replace(/(^|[\s(„"])[*_](?=\S)(.{1,300}?)(?<=\S)[*_](?=[\s).,;:!?”"]|$)/gm, '$1$2')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return { text, title: title.replace(/[*_`]/g, '') };
}

export function decodeUpload(name: string, bytes: Uint8Array): UploadResult {
	const ext = name.toLowerCase().split('.').pop() ?? '';
	const kind = KINDS[ext as keyof typeof KINDS];
	if (!kind) return { ok: false, message: 'Można wczytać tylko plik .txt, .md lub .html.' };
	if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: 'Plik jest za duży (najwyżej 400 kB).' };
	if (bytes.includes(0)) return { ok: false, message: 'To nie jest plik tekstowy. Wybierz plik .txt, .md lub .html zapisany jako tekst.' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, message: 'Plik nie jest zapisany w kodowaniu UTF-8. Zapisz go jako UTF-8 i spróbuj ponownie.' };
	}
	text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').normalize('NFC');
	if (kind === 'html') return { ok: true, ...htmlToText(text) };
	if (kind === 'markdown') return { ok: true, ...markdownToText(text) };
	return { ok: true, text, title: '' };
}
