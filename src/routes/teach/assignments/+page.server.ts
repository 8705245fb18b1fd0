import { getDb } from '$lib/server/db';
import { requireTeacher } from '$lib/server/access';
import { listAssignments } from '$lib/server/assignments/assignments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireTeacher(event);
	return {
		assignments: listAssignments(getDb(), user.id),
		now: Date.now(),
		created: Number(event.url.searchParams.get('zadano') ?? 0),
		unassigned: event.url.searchParams.has('cofnieto')
	};
};
