import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { listReadings } from '$lib/server/learn/readings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	return { readings: listReadings(getDb(), user.id), now: Date.now() };
};
