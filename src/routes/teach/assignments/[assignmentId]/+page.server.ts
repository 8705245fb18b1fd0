import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { assignmentReport } from '$lib/server/assignments/assignments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const report = assignmentReport(getDb(), user.id, event.params.assignmentId);
	if (!report) error(404, 'Nie znaleziono tego zadania.');
	return { ...report, now: Date.now(), created: event.url.searchParams.has('nowe') };
};
