import { getDb } from '$lib/server/db';
import { requireTeacher, teacherLearnerOr404 } from '$lib/server/access';
import { learnerReport } from '$lib/server/reports/learner-report';
import { parseRange, rangeQuery } from '$lib/server/reports/range';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const found = teacherLearnerOr404(db, user.id, event.params.classId, event.params.learnerId);
	const range = parseRange(event.url.searchParams);
	const report = learnerReport(db, found, range);
	return { report, range: { from: range.from, to: range.to, problem: range.problem }, query: rangeQuery(range) };
};
