import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { learnerLibrary, libraryFilter } from '$lib/server/library/catalog';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const filter = libraryFilter.parse(Object.fromEntries(event.url.searchParams));
	return { ...learnerLibrary(getDb(), user.id, filter), filter };
};
