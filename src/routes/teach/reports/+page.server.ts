import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { reportIndex } from '$lib/server/reports/teacher-index';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	return { classes: reportIndex(getDb(), user.id) };
};
