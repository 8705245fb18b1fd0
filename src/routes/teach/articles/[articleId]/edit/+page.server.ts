import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { findOwnedArticle, updateArticle } from '$lib/server/articles/articles';
import { checkedArticle, previewAction, previewOf } from '../../article-actions';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Nie znaleziono tego tekstu.';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const article = findOwnedArticle(getDb(), user.id, event.params.articleId);
	if (!article) error(404, NOT_FOUND);
	const values = {
		title: article.title,
		source: article.source,
		publishedOn: article.publishedOn ?? '',
		text: article.rawText,
		keep: article.removed.filter((r) => r.restored).map((r) => r.text)
	};
	return { id: article.id, values, preview: previewOf(values) };
};

export const actions: Actions = {
	preview: async (event) => {
		const user = requireTeacher(event);
		if (!findOwnedArticle(getDb(), user.id, event.params.articleId)) error(404, NOT_FOUND);
		return previewAction(event);
	},
	save: async (event) => {
		const r = await checkedArticle(event);
		if (!r.values) {
			if (!findOwnedArticle(getDb(), r.user.id, event.params.articleId)) error(404, NOT_FOUND);
			return r.failure;
		}
		const { title, source, publishedOn, text, keep } = r.values;
		const input = { title, source, publishedOn: publishedOn || null, rawText: text, keep };
		if (!updateArticle(getDb(), r.user.id, event.params.articleId, input)) error(404, NOT_FOUND);
		redirect(303, `/teach/articles/${event.params.articleId}?zmieniono=1`);
	}
};
