import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { listAssignments } from '$lib/server/assignments/assignments';
import { teacherClasses } from '$lib/server/teach/overview';
import { hasDemoAccounts } from '$lib/server/seed/demo';
import { removeDemo } from '$lib/server/seed/remove-demo';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	const db = getDb();
	return { classes: teacherClasses(db, user.id), assignments: listAssignments(db, user.id), now: Date.now(), demo: hasDemoAccounts(db) };
};

export const actions: Actions = {
	// Any teacher may: the demo accounts' password is public, so they are nobody's to keep.
	removeDemo: (event) => {
		const user = requireTeacher(event);
		const removed = removeDemo(getDb());
		// The demo teacher removing the demo removes their own account and session too.
		if (removed.includes(user.id)) redirect(303, '/login');
		return { demoRemoved: removed.length > 0 };
	}
};
