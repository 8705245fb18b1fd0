import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { assignableArticleOr404, requireTeacher } from '$lib/server/access';
import { libraryCatalog } from '$lib/server/library/catalog';
import { listArticles } from '$lib/server/articles/articles';
import { ARCHIVED_ARTICLE, assignmentOptions, checkAssignments, insertAssignments } from '$lib/server/assignments/assignments';
import { dayKey } from '$lib/warsaw-time';
import { assignmentForm } from '$lib/server/assignments/assignment-form';
import { formValues, parseValues } from '$lib/server/forms/parse';
import { createOnce, issueFormToken, readFormToken } from '$lib/server/forms/once';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const articleId = event.url.searchParams.get('tekst');
	const today = dayKey(Date.now());
	const article = articleId ? assignableArticleOr404(db, user.id, articleId) : null;
	if (!article || article.archivedAt) {
		const notice = article ? ARCHIVED_ARTICLE : '';
		return { options: null, articles: listArticles(db, user.id), library: libraryCatalog(db), today, notice, formToken: '' };
	}
	const formToken = issueFormToken(db, user.id, `assignment:${article.id}`);
	return { options: assignmentOptions(db, user.id, article), articles: [], library: [], today, notice: '', formToken };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireTeacher(event);
		const data = await event.request.formData();
		const values = formValues(assignmentForm, data);
		const form = parseValues(assignmentForm, values);
		if (!form.ok) return fail(400, { values, message: form.message });
		const { articleId, classId, questionId, due } = form.data;
		const db = getDb();
		const checked = checkAssignments(db, user.id, { articleId, classIds: classId, questionIds: questionId, dueAt: due });
		if (!checked.ok) {
			if (checked.status === 404) error(404, checked.message);
			return fail(400, { values, message: checked.message });
		}
		const made = createOnce(db, user.id, `assignment:${articleId}`, readFormToken(data), () =>
			insertAssignments(db, user.id, checked.plan)
		);
		if (!made.ok) return fail(400, { values, message: made.message });
		const ids = made.result;
		redirect(303, ids.length === 1 ? `/teach/assignments/${ids[0]}?nowe=1` : `/teach/assignments?zadano=${ids.length}`);
	}
};
