// The library as a learner and a teacher see it: every text with its level, topic and length; for a learner, also
// how their latest reading of it went.
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { LIBRARY_LEVELS } from '$lib/library/levels';
import { topicsOf } from '$lib/library/topics';
import { attemptState, type AttemptState } from '$lib/domain/attempt-state';
import type { Db } from '../db';
import { articles, libraryArticles, questions } from '../db/schema';
import { libraryAttempts, type LibraryAttempt } from '../solo/library-attempts';
import { unknownShares } from '../words/my-words';

const live = sql`${questions.articleId} = ${articles.id} and ${questions.archived} = 0`;

export function libraryCatalog(db: Db) {
	return db
		.select({
			slug: libraryArticles.slug,
			articleId: libraryArticles.articleId,
			title: articles.title,
			level: libraryArticles.level,
			topic: libraryArticles.topic,
			words: libraryArticles.words,
			questions: sql<number>`(select count(*) from ${questions} where ${live})`
		})
		.from(libraryArticles)
		.innerJoin(articles, eq(articles.id, libraryArticles.articleId))
		.orderBy(asc(libraryArticles.slug))
		.all();
}

/** The list's filters, from the page address (?poziom=A2&temat=rodzina); anything else means "all". */
export const libraryFilter = z.object({
	poziom: z.enum(LIBRARY_LEVELS).nullable().catch(null),
	temat: z.string().trim().max(60).nullable().catch(null)
});

export type LibraryFilter = z.output<typeof libraryFilter>;

export interface LearnerResult {
	state: AttemptState;
	correct: number;
	total: number;
}

/** The latest finished attempt at each text, else the latest one started (`tries` come oldest first). */
function resultsByArticle(tries: LibraryAttempt[]): Map<string, LearnerResult> {
	const out = new Map<string, LearnerResult>();
	for (const a of tries) {
		const state = attemptState(a.answered, a.finishedAt);
		if (out.get(a.articleId)?.state === 'done' && state !== 'done') continue;
		out.set(a.articleId, { state, correct: a.correct, total: a.total });
	}
	return out;
}

export function learnerLibrary(db: Db, userId: string, filter: LibraryFilter) {
	const all = libraryCatalog(db);
	const results = resultsByArticle(libraryAttempts(db, userId));
	const topics = [...new Set(all.flatMap((t) => topicsOf(t.topic)))].sort((a, b) => a.localeCompare(b, 'pl'));
	const shown = all.filter(
		(t) => (!filter.poziom || t.level === filter.poziom) && (!filter.temat || topicsOf(t.topic).includes(filter.temat))
	);
	const shares = unknownShares(
		db,
		userId,
		shown.map((t) => t.articleId)
	);
	const texts = shown.map((t) => ({ ...t, result: results.get(t.articleId) ?? null, newWords: shares.get(t.articleId) ?? null }));
	return { texts, topics, total: all.length };
}
