import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { listReadings } from '$lib/server/learn/readings';
import { unknownShares } from '$lib/server/words/my-words';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const readings = listReadings(db, user.id);
	const shares = unknownShares(
		db,
		user.id,
		readings.map((r) => r.articleId)
	);
	return { readings: readings.map(({ articleId, ...r }) => ({ ...r, newWords: shares.get(articleId) })), now: Date.now() };
};
