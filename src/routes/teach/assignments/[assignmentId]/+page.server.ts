import { getDb } from '$lib/server/db';
import { requireTeacher, teacherAssignmentOr404 } from '$lib/server/access';
import { assignmentReport } from '$lib/server/reports/assignment-report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const report = assignmentReport(db, teacherAssignmentOr404(db, user.id, event.params.assignmentId));
	return { ...report, now: Date.now(), created: event.url.searchParams.has('nowe') };
};
