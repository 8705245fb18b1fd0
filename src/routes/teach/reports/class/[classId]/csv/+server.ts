import { getDb } from '$lib/server/db';
import { requireTeacher, teacherClassOr404 } from '$lib/server/access';
import { classOverview } from '$lib/server/reports/class-overview';
import { overviewCsv } from '$lib/server/reports/csv-tables';
import { parseRange } from '$lib/server/reports/range';
import { csvHeaders } from '$lib/csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const cls = teacherClassOr404(db, user.id, event.params.classId);
	const overview = classOverview(db, cls, parseRange(event.url.searchParams));
	return new Response(overviewCsv(overview), { headers: csvHeaders(`przeglad-${cls.name}.csv`) });
};
