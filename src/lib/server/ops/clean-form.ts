// Every form the app receives is cleaned in one place before any action reads it: NUL and other control
// characters, zero-width and direction marks are taken out of text fields (they were stored, echoed into
// pages and CSV file names, and made "empty" names look filled). Files pass untouched.

// Control characters except tab and line breaks; zero-width, direction and word-joiner marks; BOM.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

export function cleanFormText(value: string): string {
	return value.replace(INVISIBLE, '');
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/**
 * The same request with its text fields cleaned; other requests unchanged. Throws on an unreadable body.
 * A form with nothing to clean (nearly every one) is read from a copy and passed on as it came, so the
 * action does not read a body encoded twice.
 */
export async function withCleanForm(request: Request): Promise<Request> {
	if (request.method !== 'POST' || !FORM_TYPES.test(request.headers.get('content-type') ?? '')) return request;
	const form = await request.clone().formData();
	if (![...form.values()].some((v) => typeof v === 'string' && cleanFormText(v) !== v)) return request;
	const clean = new FormData();
	for (const [name, value] of form) {
		if (typeof value !== 'string') clean.append(name, value);
		else clean.append(name, cleanFormText(value));
	}
	const headers = new Headers(request.headers);
	// The body is encoded anew (with its own boundary), so its old type and length no longer apply.
	headers.delete('content-type');
	headers.delete('content-length');
	return new Request(request.url, { method: 'POST', headers, body: clean });
}
