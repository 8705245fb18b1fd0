import { getDb } from '$lib/server/db';
import { requireTeacher, teacherClassOr404 } from '$lib/server/access';
import { classOverview } from '$lib/server/reports/class-overview';
import { parseRange, rangeQuery } from '$lib/server/reports/range';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const cls = teacherClassOr404(db, user.id, event.params.classId);
	const range = parseRange(event.url.searchParams);
	const overview = classOverview(db, cls, range);
	return { overview, range: { from: range.from, to: range.to, problem: range.problem }, query: rangeQuery(range) };
};
