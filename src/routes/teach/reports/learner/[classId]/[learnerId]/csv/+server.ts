import { getDb } from '$lib/server/db';
import { requireTeacher, teacherLearnerOr404 } from '$lib/server/access';
import { learnerReport } from '$lib/server/reports/learner-report';
import { learnerHistoryCsv, learnerSkillsCsv } from '$lib/server/reports/csv-tables';
import { parseRange } from '$lib/server/reports/range';
import { csvHeaders } from '$lib/csv';
import type { RequestHandler } from './$types';

/** ?tabela=historia (default) or ?tabela=umiejetnosci. */
export const GET: RequestHandler = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const found = teacherLearnerOr404(db, user.id, event.params.classId, event.params.learnerId);
	const report = learnerReport(db, found, parseRange(event.url.searchParams));
	const skills = event.url.searchParams.get('tabela') === 'umiejetnosci';
	const body = skills ? learnerSkillsCsv(report) : learnerHistoryCsv(report);
	return new Response(body, { headers: csvHeaders(`${skills ? 'umiejetnosci' : 'historia'}-${found.learner.name}-${found.cls.name}.csv`) });
};
