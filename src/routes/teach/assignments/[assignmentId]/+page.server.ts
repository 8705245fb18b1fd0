import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireTeacher, teacherArticle, teacherAssignmentOr404 } from '$lib/server/access';
import { assignmentReport } from '$lib/server/reports/assignment-report';
import { assignmentForm } from '$lib/server/assignments/assignment-form';
import { changeDueDate, unassign, unassignImpact } from '$lib/server/assignments/lifecycle';
import { parseForm } from '$lib/server/forms/parse';
import { dayKey, formatDate } from '$lib/warsaw-time';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const report = assignmentReport(db, teacherAssignmentOr404(db, user.id, event.params.assignmentId));
	return {
		...report,
		impact: unassignImpact(db, report.assignment.id),
		// A library text is not the teacher's to review.
		ownArticle: !!teacherArticle(db, user.id, report.assignment.articleId),
		today: dayKey(Date.now()),
		now: Date.now(),
		created: event.url.searchParams.has('nowe')
	};
};

const dueForm = z.object({ due: assignmentForm.shape.due });

/** Teacher only (403), own assignment only (404), before the form is read. */
function guarded(event: RequestEvent<{ assignmentId: string }>) {
	const user = requireTeacher(event);
	const db = getDb();
	return { user, db, assignment: teacherAssignmentOr404(db, user.id, event.params.assignmentId) };
}

export const actions: Actions = {
	due: async (event) => {
		const { user, db, assignment } = guarded(event);
		const parsed = parseForm(dueForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { due: parsed.values.due, message: parsed.message });
		changeDueDate(db, user.id, assignment.id, parsed.data.due);
		return { done: parsed.data.due ? `Nowy termin: ${formatDate(parsed.data.due)}.` : 'Zadanie jest teraz bez terminu.' };
	},
	unassign: (event) => {
		const { user, db, assignment } = guarded(event);
		unassign(db, user.id, assignment.id);
		redirect(303, '/teach/assignments?cofnieto=1');
	}
};
