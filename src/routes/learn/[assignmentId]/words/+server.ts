import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { learnerAssignmentOr404, requireLearner } from '$lib/server/access';
import { markRestKnown, textWords } from '$lib/server/words/my-words';
import type { RequestHandler } from './$types';

/** The reading's words the learner does not know yet (for highlighting), and their share. */
export const GET: RequestHandler = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const { articleId } = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
	return json(textWords(db, user.id, articleId), { headers: { 'cache-control': 'no-store' } });
};

/** "I know the rest": the reading's words not in My words become known; answers how things stand now. */
export const POST: RequestHandler = (event) => {
	const user = requireLearner(event);
	const db = getDb();
	const { articleId } = learnerAssignmentOr404(db, user.id, event.params.assignmentId);
	const marked = markRestKnown(db, user.id, articleId);
	return json({ marked, ...textWords(db, user.id, articleId) });
};
