// Form handling shared by the "new article" and "edit article" pages.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/access';
import { readArticleForm, type ArticleValues } from '$lib/server/articles/article-form';
import { prepareArticle } from '$lib/server/articles/prepare';

export function previewOf(values: ArticleValues) {
	const p = prepareArticle(values.text, values.keep);
	return { blocks: p.blocks, removed: p.removed, wordCount: p.wordCount, readability: p.readability };
}

export type ArticlePreview = ReturnType<typeof previewOf>;

/** Checks the form; on success gives the values and the preview, on failure a 400 that keeps the input. */
export async function checkedArticle(event: RequestEvent) {
	const user = requireTeacher(event);
	const form = await event.request.formData();
	const parsed = await readArticleForm(form);
	if (!parsed.ok) return { user, failure: fail(400, { values: parsed.values, message: parsed.message }) };
	return { user, values: parsed.data, form };
}

export async function previewAction(event: RequestEvent) {
	const r = await checkedArticle(event);
	if (!r.values) return r.failure;
	return { values: r.values, preview: previewOf(r.values) };
}
