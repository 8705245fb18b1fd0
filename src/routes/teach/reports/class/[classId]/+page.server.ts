import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { classOverview } from '$lib/server/reports/class-overview';
import { parseRange, rangeQuery } from '$lib/server/reports/range';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const range = parseRange(event.url.searchParams);
	const overview = classOverview(getDb(), user.id, event.params.classId, range);
	if (!overview) error(404, 'Nie znaleziono tej klasy.');
	return { overview, range: { from: range.from, to: range.to, problem: range.problem }, query: rangeQuery(range) };
};
