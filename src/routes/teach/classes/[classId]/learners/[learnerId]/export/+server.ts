import { getDb } from '$lib/server/db';
import { requireTeacher, teacherLearnerOr404 } from '$lib/server/access';
import { learnerExport, learnerExportCsv } from '$lib/server/classes/learner-export';
import { csvHeaders } from '$lib/csv';
import type { RequestHandler } from './$types';

/** ?format=csv for a spreadsheet, else JSON: what this teacher holds about a learner in one of their classes. */
export const GET: RequestHandler = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const { learner } = teacherLearnerOr404(db, user.id, event.params.classId, event.params.learnerId);
	const data = learnerExport(db, user.id, learner);
	const format = event.url.searchParams.get('format') === 'csv' ? 'csv' : 'json';
	const headers = csvHeaders(`dane-${learner.username}.${format}`);
	if (format === 'csv') return new Response(learnerExportCsv(data), { headers });
	return new Response(JSON.stringify(data, null, 2), { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
};
