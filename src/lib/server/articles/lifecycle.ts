// Taking an article out of use. An article some assignment uses is archived, never deleted: learners keep
// reading it and reports keep its title and questions. One nobody assigned is deleted with its questions.
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, assignments } from '../db/schema';

const own = (ownerId: string, articleId: string) => and(eq(articles.id, articleId), eq(articles.ownerId, ownerId));
const unused = sql`not exists (select 1 from ${assignments} where ${assignments.articleId} = ${articles.id})`;

export type Removal = 'deleted' | 'archived';

/** null when the article is not the owner's (or already archived). Decided in one statement each, so an assignment made meanwhile cannot lose its article. */
export function removeArticle(db: Db, ownerId: string, articleId: string, now = new Date()): Removal | null {
	return db.transaction(() => {
		if (
			db
				.delete(articles)
				.where(and(own(ownerId, articleId), unused))
				.run().changes > 0
		)
			return 'deleted';
		const archived = db
			.update(articles)
			.set({ archivedAt: now })
			.where(and(own(ownerId, articleId), isNull(articles.archivedAt)))
			.run().changes;
		return archived > 0 ? 'archived' : null;
	});
}

export function restoreArticle(db: Db, ownerId: string, articleId: string): boolean {
	return (
		db
			.update(articles)
			.set({ archivedAt: null })
			.where(and(own(ownerId, articleId), isNotNull(articles.archivedAt)))
			.run().changes > 0
	);
}

/** How many assignments use the article: decides what "remove" will do, for the confirmation. */
export function articleUses(db: Db, articleId: string): number {
	return (
		db
			.select({ n: sql<number>`count(*)` })
			.from(assignments)
			.where(eq(assignments.articleId, articleId))
			.get()?.n ?? 0
	);
}

export function archivedArticles(db: Db, ownerId: string) {
	return db
		.select({ id: articles.id, title: articles.title, archivedAt: articles.archivedAt })
		.from(articles)
		.where(and(eq(articles.ownerId, ownerId), isNotNull(articles.archivedAt)))
		.orderBy(desc(articles.archivedAt))
		.all();
}
