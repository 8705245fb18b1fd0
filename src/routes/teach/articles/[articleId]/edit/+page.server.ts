import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherArticleOr404 } from '$lib/server/access';
import { updateArticle } from '$lib/server/articles/articles';
import { checkedArticle, previewAction, previewOf } from '../../article-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const article = teacherArticleOr404(getDb(), user.id, event.params.articleId);
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
		teacherArticleOr404(getDb(), user.id, event.params.articleId);
		return previewAction(event);
	},
	save: async (event) => {
		const r = await checkedArticle(event);
		teacherArticleOr404(getDb(), r.user.id, event.params.articleId);
		if (!r.values) return r.failure;
		const { title, source, publishedOn, text, keep } = r.values;
		updateArticle(getDb(), r.user.id, event.params.articleId, { title, source, publishedOn: publishedOn || null, rawText: text, keep });
		redirect(303, `/teach/articles/${event.params.articleId}?zmieniono=1`);
	}
};
