import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { insertArticle, newArticle } from '$lib/server/articles/articles';
import { createOnce, issueFormToken, readFormToken } from '$lib/server/forms/once';
import { checkedArticle, previewAction } from '../article-actions';
import { linkAction } from './link-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	return { formToken: issueFormToken(getDb(), user.id, 'article') };
};

export const actions: Actions = {
	link: linkAction,
	preview: previewAction,
	save: async (event) => {
		const r = await checkedArticle(event);
		if (!r.values) return r.failure;
		const { title, source, publishedOn, text, keep } = r.values;
		const article = newArticle({ title, source, publishedOn: publishedOn || null, rawText: text, keep });
		const db = getDb();
		const made = createOnce(db, r.user.id, 'article', readFormToken(r.form), () => insertArticle(db, r.user.id, article));
		if (!made.ok) return fail(400, { values: r.values, message: made.message });
		redirect(303, `/teach/articles/${made.result}?zapisano=1`);
	}
};
