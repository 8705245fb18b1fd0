import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { assignmentReport } from '$lib/server/reports/assignment-report';
import { assignmentItemsCsv, assignmentLearnersCsv } from '$lib/server/reports/csv-tables';
import { parseRange } from '$lib/server/reports/range';
import { csvHeaders } from '$lib/csv';
import type { RequestHandler } from './$types';

/** ?tabela=uczniowie (default) or ?tabela=pytania (item analysis). */
export const GET: RequestHandler = (event) => {
	const user = requireTeacher(event);
	const report = assignmentReport(getDb(), user.id, event.params.assignmentId, parseRange(event.url.searchParams));
	if (!report) error(404, 'Nie znaleziono tego zadania.');
	const items = event.url.searchParams.get('tabela') === 'pytania';
	const body = items ? assignmentItemsCsv(report) : assignmentLearnersCsv(report);
	const name = `${items ? 'pytania' : 'wyniki'}-${report.assignment.title.slice(0, 40)}-${report.assignment.className}.csv`;
	return new Response(body, { headers: csvHeaders(name) });
};
