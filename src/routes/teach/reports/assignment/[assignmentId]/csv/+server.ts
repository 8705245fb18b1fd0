import { getDb } from '$lib/server/db';
import { requireTeacher, teacherAssignmentOr404 } from '$lib/server/access';
import { assignmentReport } from '$lib/server/reports/assignment-report';
import { assignmentItemsCsv, assignmentLearnersCsv } from '$lib/server/reports/csv-tables';
import { parseRange } from '$lib/server/reports/range';
import { csvHeaders } from '$lib/csv';
import type { RequestHandler } from './$types';

/** ?tabela=uczniowie (default) or ?tabela=pytania (item analysis). */
export const GET: RequestHandler = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const assignment = teacherAssignmentOr404(db, user.id, event.params.assignmentId);
	const report = assignmentReport(db, assignment, parseRange(event.url.searchParams));
	const items = event.url.searchParams.get('tabela') === 'pytania';
	const body = items ? assignmentItemsCsv(report) : assignmentLearnersCsv(report);
	const name = `${items ? 'pytania' : 'wyniki'}-${assignment.title.slice(0, 40)}-${assignment.className}.csv`;
	return new Response(body, { headers: csvHeaders(name) });
};
