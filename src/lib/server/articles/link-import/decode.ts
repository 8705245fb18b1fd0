// Bytes of a fetched page → text. Older Polish sites still serve ISO-8859-2 or Windows-1250, named in
// the Content-Type header or only in a <meta> tag near the top of the page.

function charsetOf(contentType: string): string | null {
	return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

/** The charset a page names in <meta charset> or <meta http-equiv="Content-Type"> in its first 2 kB. */
function metaCharset(bytes: Uint8Array): string | null {
	const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
	return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function decoderFor(label: string | null): TextDecoder {
	try {
		if (label) return new TextDecoder(label);
	} catch {
		// An unknown label: fall back to UTF-8, as browsers do.
	}
	return new TextDecoder('utf-8');
}

export function decodePage(bytes: Uint8Array, contentType: string, kind: 'html' | 'text'): string {
	const label = charsetOf(contentType) ?? (kind === 'html' ? metaCharset(bytes) : null);
	return decoderFor(label).decode(bytes).replace(/\r\n?/g, '\n').normalize('NFC');
}
