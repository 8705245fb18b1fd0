import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { learnerAssignmentOr404, requireLearner } from '$lib/server/access';
import { saveWord, wordsByKey } from '$lib/server/words/my-words';
import type { RequestHandler } from './$types';

/** Which of these base forms (?l=…&l=…) the learner has in My words, and with which status. */
export const GET: RequestHandler = (event) => {
	const user = requireLearner(event);
	const lemmas = event.url.searchParams.getAll('l').slice(0, 5);
	return json(wordsByKey(getDb(), user.id, lemmas), { headers: { 'cache-control': 'no-store' } });
};

const text = (max: number) => z.string().trim().max(max).optional();
const toSave = z.object({
	lemma: z.string().trim().min(1).max(60),
	word: text(60),
	sentence: text(400),
	gloss: text(200),
	/** The reading the word was met in; the learner must be able to open it. */
	assignmentId: z.string().max(100).optional()
});

/** Saves a word from word help to My words. */
export const POST: RequestHandler = async (event) => {
	const user = requireLearner(event);
	const parsed = toSave.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success) error(400, 'Nie udało się zapisać tego słowa.');
	const { assignmentId, ...w } = parsed.data;
	const db = getDb();
	const articleId = assignmentId ? learnerAssignmentOr404(db, user.id, assignmentId).articleId : undefined;
	return json(saveWord(db, user.id, { ...w, articleId }));
};
