// The graded library as articles: on every start, each text that ships with the app and is not in the database yet
// (or changed since) becomes an article of the library account, with its questions generated and approved.
import { createHash } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import { libraryTexts, type LibraryText } from '$lib/library/texts';
import type { Db } from '../db';
import { libraryArticles, questions, users } from '../db/schema';
import { insertArticle, newArticle, updateArticle, type ArticleInput } from '../articles/articles';
import { isUniqueViolation } from '../db/errors';
import { LIBRARY_OWNER_ID } from './owner';
import { articleVocabulary } from '../words/article-vocab';

const LIBRARY_SOURCE = 'Biblioteka Czytanki';

const hashOf = (t: LibraryText) =>
	createHash('sha256')
		.update(JSON.stringify([t.title, t.level, t.topic, t.text]))
		.digest('hex');

const inputOf = (t: LibraryText): ArticleInput => ({ title: t.title, source: LIBRARY_SOURCE, rawText: t.text });

/** No password verifies against the hash '!', so nobody signs in as the library. */
function ensureOwner(db: Db) {
	db.insert(users)
		.values({ id: LIBRARY_OWNER_ID, username: 'czytanka', displayName: LIBRARY_SOURCE, role: 'teacher', passwordHash: '!' })
		.onConflictDoNothing()
		.run();
}

/** The library's questions were written for and read with the texts (docs/library.md): learners get them without a teacher. */
function approveAll(db: Db, articleId: string) {
	db.update(questions)
		.set({ approved: true })
		.where(and(eq(questions.articleId, articleId), eq(questions.archived, false), ne(questions.approved, true)))
		.run();
}

/** Moves the WAL into the database file and empties it. */
const checkpoint = (db: Db) => db.$client.pragma('wal_checkpoint(TRUNCATE)');

/** Idempotent; returns how many texts were added and how many re-seeded because their file changed. */
export function seedLibrary(db: Db, texts: LibraryText[] = libraryTexts()) {
	ensureOwner(db);
	const known = new Map(
		db
			.select()
			.from(libraryArticles)
			.all()
			.map((r) => [r.slug, r])
	);
	const metaOf = (t: LibraryText) => ({ level: t.level, topic: t.topic, words: t.words, textHash: hashOf(t) });
	// New texts go in one transaction: the WAL then holds each page once, not once per text (forty small
	// transactions left a 3 MB WAL behind for a 0.6 MB database, too much for the full-disk test's 2 MB).
	const fresh = texts.filter((t) => !known.has(t.slug)).map((t) => ({ t, article: newArticle(inputOf(t)) }));
	// A checkpoint copies the WAL into the database before it empties the WAL, so for a moment the data is on disk
	// twice: each step below is followed by one, which keeps that moment small (a first start on a small disk).
	if (fresh.length) checkpoint(db);
	let added = 0;
	try {
		db.transaction((tx) => {
			for (const { t, article } of fresh) {
				const id = insertArticle(tx as unknown as Db, LIBRARY_OWNER_ID, article);
				tx.insert(libraryArticles)
					.values({ slug: t.slug, articleId: id, ...metaOf(t) })
					.run();
				approveAll(tx as unknown as Db, id);
			}
		});
		added = fresh.length;
	} catch (e) {
		// Another process seeded the same texts at the same moment: its rows stand, these rolled back.
		if (!isUniqueViolation(e)) throw e;
	}
	const changed: string[] = [];
	for (const t of texts) {
		const row = known.get(t.slug);
		if (!row || row.textHash === hashOf(t)) continue;
		updateArticle(db, LIBRARY_OWNER_ID, row.articleId, inputOf(t));
		approveAll(db, row.articleId);
		db.update(libraryArticles).set(metaOf(t)).where(eq(libraryArticles.slug, t.slug)).run();
		changed.push(row.articleId);
	}
	const updated = changed.length;
	if (added + updated === 0) return { added, updated };
	checkpoint(db);
	// The library page shows each text's share of new words: its vocabulary is worked out now, once, not on a
	// learner's first visit (about 2 s for the forty texts).
	const ids = db.select({ id: libraryArticles.articleId }).from(libraryArticles).all();
	db.transaction(() => ids.forEach(({ id }) => articleVocabulary(db, id)));
	checkpoint(db);
	return { added, updated };
}
