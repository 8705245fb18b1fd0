import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { classOverview } from '$lib/server/reports/class-overview';
import { overviewCsv } from '$lib/server/reports/csv-tables';
import { parseRange } from '$lib/server/reports/range';
import { csvHeaders } from '$lib/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireTeacher(event);
	const overview = classOverview(getDb(), user.id, event.params.classId, parseRange(event.url.searchParams));
	if (!overview) error(404, 'Nie znaleziono tej klasy.');
	return new Response(overviewCsv(overview), { headers: csvHeaders(`przeglad-${overview.cls.name}.csv`) });
};
