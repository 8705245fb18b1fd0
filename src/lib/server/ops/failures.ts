// Failures that are not the app's bug: the disk is full or read-only, the database is busy, or the
// request body cannot be read. They get a clear status (503, 400) and a page in Polish, never a stack.

const STORAGE_CODES = /^SQLITE_(FULL|READONLY|BUSY|LOCKED|IOERR|CANTOPEN|PROTOCOL)/;

export type Failure = { status: 503 | 400; message: string };

export function classifyFailure(error: unknown): Failure | null {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && STORAGE_CODES.test(code)) {
		return {
			status: 503,
			message: 'Serwer chwilowo nie może zapisać danych. Spróbuj za chwilę — nic z tego, co już zapisane, nie zginęło.'
		};
	}
	const text = error instanceof Error ? error.message : '';
	if (error instanceof TypeError && /FormData|multipart|body/i.test(text)) {
		return { status: 400, message: 'Nie udało się odczytać wysłanego formularza. Odśwież stronę i spróbuj jeszcze raz.' };
	}
	return null;
}

/** A small page for such a failure (the app's layout may itself need the database). */
export function failurePage(f: Failure): string {
	return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Czytanka</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.4rem">${f.status === 503 ? 'Spróbuj za chwilę' : 'Błędne zapytanie'}</h1><p>${f.message}</p><p><a href="/">Wróć na stronę główną</a></p></body></html>`;
}
