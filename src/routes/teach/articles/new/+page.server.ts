import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { createArticle } from '$lib/server/articles/articles';
import { checkedArticle, previewAction } from '../article-actions';
import { linkAction } from './link-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireTeacher(event);
	return {};
};

export const actions: Actions = {
	link: linkAction,
	preview: previewAction,
	save: async (event) => {
		const r = await checkedArticle(event);
		if (!r.values) return r.failure;
		const { title, source, publishedOn, text, keep } = r.values;
		const id = createArticle(getDb(), r.user.id, { title, source, publishedOn: publishedOn || null, rawText: text, keep });
		redirect(303, `/teach/articles/${id}?zapisano=1`);
	}
};
