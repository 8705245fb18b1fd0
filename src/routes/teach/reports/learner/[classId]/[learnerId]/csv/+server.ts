import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { learnerReport } from '$lib/server/reports/learner-report';
import { learnerHistoryCsv, learnerSkillsCsv } from '$lib/server/reports/csv-tables';
import { parseRange } from '$lib/server/reports/range';
import { csvHeaders } from '$lib/csv';
import type { RequestHandler } from './$types';

/** ?tabela=historia (default) or ?tabela=umiejetnosci. */
export const GET: RequestHandler = (event) => {
	const user = requireTeacher(event);
	const { classId, learnerId } = event.params;
	const report = learnerReport(getDb(), user.id, classId, learnerId, parseRange(event.url.searchParams));
	if (!report) error(404, 'Nie znaleziono tego ucznia w Twoich klasach.');
	const skills = event.url.searchParams.get('tabela') === 'umiejetnosci';
	const body = skills ? learnerSkillsCsv(report) : learnerHistoryCsv(report);
	return new Response(body, { headers: csvHeaders(`${skills ? 'umiejetnosci' : 'historia'}-${report.learner.name}-${report.cls.name}.csv`) });
};
