import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { listArticles } from '$lib/server/articles/articles';
import { archivedArticles, restoreArticle } from '$lib/server/articles/lifecycle';
import { formValues } from '$lib/server/forms/parse';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	return {
		articles: listArticles(db, user.id),
		archived: archivedArticles(db, user.id),
		deleted: event.url.searchParams.has('usunieto'),
		archivedNow: event.url.searchParams.has('zarchiwizowano')
	};
};

export const actions: Actions = {
	restore: async (event) => {
		const user = requireTeacher(event);
		const { articleId } = formValues(z.object({ articleId: z.string() }), await event.request.formData());
		if (!restoreArticle(getDb(), user.id, articleId)) error(404, 'Nie znaleziono tego tekstu.');
		return { restored: articleId };
	}
};
