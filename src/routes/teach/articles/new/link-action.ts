// "Pobierz artykuł": fills the new-article form from a link, then shows the usual preview.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/access';
import { readArticleForm } from '$lib/server/articles/article-form';
import { importLink } from '$lib/server/articles/link-import/import-link';
import { testAllowHosts } from '$lib/server/articles/link-import/test-hosts';
import { previewOf } from '../article-actions';

export interface LinkState {
	url: string;
	imported: string;
	message?: string;
}

export async function linkAction(event: RequestEvent) {
	requireTeacher(event);
	const form = await event.request.formData();
	const url = String(form.get('link') ?? '').trim();
	let imported = String(form.get('importedLink') ?? '');
	// The link button comes first in the form, so Enter in any field presses it: fetch only a new link,
	// otherwise do what "Pokaż podgląd" does, so the teacher's edits are not overwritten.
	if (url && url !== imported) {
		const page = await importLink(url, { allowHosts: testAllowHosts() });
		if (!page.ok) {
			form.delete('file');
			const read = await readArticleForm(form);
			const values = read.ok ? read.data : read.values;
			return fail(400, { values, link: { url, imported, message: page.message } satisfies LinkState });
		}
		// What the page says replaces the fields; what it does not say keeps what the teacher typed.
		if (page.title) form.set('title', page.title.slice(0, 200));
		if (page.source) form.set('source', page.source.slice(0, 200));
		if (page.publishedOn) form.set('publishedOn', page.publishedOn);
		form.set('text', page.text);
		form.delete('keep');
		form.delete('file');
		imported = url;
	}
	const link: LinkState = { url, imported };
	const parsed = await readArticleForm(form);
	if (!parsed.ok) return fail(400, { values: parsed.values, message: parsed.message, link });
	return { values: parsed.data, preview: previewOf(parsed.data), link };
}
