import { getDb } from '$lib/server/db';
import { requireTeacher, teacherClassOr404 } from '$lib/server/access';
import { classRoster } from '$lib/server/classes/roster';
import type { PageServerLoad } from './$types';

/** Cards for the whole class without passwords (they cannot be read back): a line to write one in by hand. */
export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	const cls = teacherClassOr404(db, user.id, event.params.classId);
	return { cls, roster: classRoster(db, user.id, cls.id), loginUrl: `${event.url.origin}/login` };
};
