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
	let added = 0;
	let updated = 0;
	for (const t of texts) {
		const row = known.get(t.slug);
		const textHash = hashOf(t);
		const meta = { level: t.level, topic: t.topic, words: t.words, textHash };
		if (!row) {
			const article = newArticle(inputOf(t));
			try {
				db.transaction((tx) => {
					const id = insertArticle(tx as unknown as Db, LIBRARY_OWNER_ID, article);
					tx.insert(libraryArticles)
						.values({ slug: t.slug, articleId: id, ...meta })
						.run();
					approveAll(tx as unknown as Db, id);
				});
				added++;
			} catch (e) {
				// Another process seeded this text at the same moment: its row stands, this one rolled back.
				if (!isUniqueViolation(e)) throw e;
			}
		} else if (row.textHash !== textHash) {
			updateArticle(db, LIBRARY_OWNER_ID, row.articleId, inputOf(t));
			approveAll(db, row.articleId);
			db.update(libraryArticles).set(meta).where(eq(libraryArticles.slug, t.slug)).run();
			updated++;
		}
	}
	return { added, updated };
}
