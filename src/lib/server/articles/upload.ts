// Turning an uploaded file into article text: only .txt, .md and .html, only valid UTF-8 text.
import { markdownToText } from './markdown';
import { htmlUploadText } from './link-import/extract';

export const MAX_ARTICLE_CHARS = 50_000;
/** Raw file limit: HTML pages carry much markup around their text. */
const MAX_FILE_BYTES = 400_000;

export type UploadResult = { ok: true; text: string; title: string } | { ok: false; message: string };

const KINDS = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' } as const;

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
	text = text
		.replace(/^\ufeff/, '')
		.replace(/\r\n?/g, '\n')
		.normalize('NFC');
	if (kind === 'html') return { ok: true, ...htmlUploadText(text) };
	if (kind === 'markdown') return { ok: true, ...markdownToText(text) };
	return { ok: true, text, title: '' };
}
