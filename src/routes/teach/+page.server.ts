import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { listAssignments } from '$lib/server/assignments/assignments';
import { teacherClasses } from '$lib/server/teach/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	return { classes: teacherClasses(db, user.id), assignments: listAssignments(db, user.id), now: Date.now() };
};
