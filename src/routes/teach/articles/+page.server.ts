import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { listArticles } from '$lib/server/articles/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	return { articles: listArticles(getDb(), user.id) };
};
