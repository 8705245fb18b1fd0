import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { learnerProgress } from '$lib/server/progress/learner-progress';
import { levelSummary } from '$lib/server/solo/level-summary';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	return { progress: learnerProgress(db, user.id), level: levelSummary(db, user.id) };
};
