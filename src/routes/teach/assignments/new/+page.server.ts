import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherArticleOr404 } from '$lib/server/access';
import { listArticles } from '$lib/server/articles/articles';
import { assignmentOptions, createAssignments } from '$lib/server/assignments/assignments';
import { dayKey } from '$lib/warsaw-time';
import { assignmentForm } from '$lib/server/assignments/assignment-form';
import { formValues, parseValues } from '$lib/server/forms/parse';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const articleId = event.url.searchParams.get('tekst');
	if (!articleId) return { options: null, articles: listArticles(db, user.id), today: dayKey(Date.now()) };
	const options = assignmentOptions(db, user.id, teacherArticleOr404(db, user.id, articleId));
	return { options, articles: [], today: dayKey(Date.now()) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireTeacher(event);
		const values = formValues(assignmentForm, await event.request.formData());
		const form = parseValues(assignmentForm, values);
		if (!form.ok) return fail(400, { values, message: form.message });
		const { articleId, classId, questionId, due } = form.data;
		const r = createAssignments(getDb(), user.id, { articleId, classIds: classId, questionIds: questionId, dueAt: due });
		if (!r.ok) {
			if (r.status === 404) error(404, r.message);
			return fail(400, { values, message: r.message });
		}
		redirect(303, r.ids.length === 1 ? `/teach/assignments/${r.ids[0]}?nowe=1` : `/teach/assignments?zadano=${r.ids.length}`);
	}
};
