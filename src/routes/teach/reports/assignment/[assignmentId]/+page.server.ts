import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { assignmentReport } from '$lib/server/reports/assignment-report';
import { parseRange, rangeQuery } from '$lib/server/reports/range';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const range = parseRange(event.url.searchParams);
	const report = assignmentReport(getDb(), user.id, event.params.assignmentId, range);
	if (!report) error(404, 'Nie znaleziono tego zadania.');
	return { report, range: { from: range.from, to: range.to, problem: range.problem }, query: rangeQuery(range) };
};
