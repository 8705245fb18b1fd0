import { getDb } from '$lib/server/db';
import { dueNow } from '$lib/server/review/due';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user,
	/** For the menu's "Powtórki (n)": read again after every form action, so an answer updates it. */
	reviewDue: locals.user?.role === 'learner' ? dueNow(getDb(), locals.user.id) : 0
});
