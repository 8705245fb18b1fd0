import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { learnerProgress } from '$lib/server/progress/learner-progress';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	return { progress: learnerProgress(getDb(), user.id) };
};
