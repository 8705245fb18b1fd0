import { getDb } from '$lib/server/db';
import { requireLearner } from '$lib/server/access';
import { learnerLevel } from '$lib/server/solo/level';
import { textLevelFor } from '$lib/server/solo/level-rules';
import { nextReading } from '$lib/server/solo/next-reading';
import { libraryPreview } from '$lib/server/library/preview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const found = learnerLevel(db, user.id);
	if (!found) return { level: null, textLevel: null, next: null, opening: '' };
	const textLevel = textLevelFor(found.level);
	const next = nextReading(db, user.id, textLevel);
	return { level: found.level, textLevel, next, opening: next ? libraryPreview(db, next.text.articleId).opening : '' };
};
