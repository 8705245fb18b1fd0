import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { learnerReport } from '$lib/server/reports/learner-report';
import { parseRange, rangeQuery } from '$lib/server/reports/range';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const range = parseRange(event.url.searchParams);
	const report = learnerReport(getDb(), user.id, event.params.classId, event.params.learnerId, range);
	if (!report) error(404, 'Nie znaleziono tego ucznia w Twoich klasach.');
	return { report, range: { from: range.from, to: range.to, problem: range.problem }, query: rangeQuery(range) };
};
