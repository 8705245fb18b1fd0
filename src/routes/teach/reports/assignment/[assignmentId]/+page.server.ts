import { getDb } from '$lib/server/db';
import { requireTeacher, teacherAssignmentOr404 } from '$lib/server/access';
import { assignmentReport } from '$lib/server/reports/assignment-report';
import { parseRange, rangeQuery } from '$lib/server/reports/range';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const assignment = teacherAssignmentOr404(db, user.id, event.params.assignmentId);
	const range = parseRange(event.url.searchParams);
	const report = assignmentReport(db, assignment, range);
	return { report, range: { from: range.from, to: range.to, problem: range.problem }, query: rangeQuery(range) };
};
