// The graded library: every signed-in learner may read it, every teacher may assign it, nobody may change it.
import { error } from '@sveltejs/kit';
import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../db';
import { articles, libraryArticles } from '../db/schema';
import { LIBRARY_OWNER_ID } from '../library/owner';

/** A library text by its slug (from the URL), with its article's title. */
function libraryText(db: Db, slug: string) {
	return db
		.select({
			slug: libraryArticles.slug,
			articleId: libraryArticles.articleId,
			level: libraryArticles.level,
			topic: libraryArticles.topic,
			words: libraryArticles.words,
			title: articles.title
		})
		.from(libraryArticles)
		.innerJoin(articles, eq(articles.id, libraryArticles.articleId))
		.where(eq(libraryArticles.slug, slug))
		.get();
}

export type LibraryEntry = NonNullable<ReturnType<typeof libraryText>>;

export function libraryTextOr404(db: Db, slug: string): LibraryEntry {
	return libraryText(db, slug) ?? error(404, 'Nie ma takiego tekstu w bibliotece.');
}

/**
 * An article a teacher may assign: their own, or one of the library's. Anyone else's (another teacher's, a learner's
 * private text) comes back undefined, as a made-up id does.
 */
export function assignableArticle(db: Db, teacherId: string, articleId: string) {
	return db
		.select()
		.from(articles)
		.where(and(eq(articles.id, articleId), or(eq(articles.ownerId, teacherId), eq(articles.ownerId, LIBRARY_OWNER_ID))))
		.get();
}

export function assignableArticleOr404(db: Db, teacherId: string, articleId: string) {
	return assignableArticle(db, teacherId, articleId) ?? error(404, 'Nie znaleziono tego tekstu.');
}
