// "Następny tekst": a library text the learner has not opened yet, at their level, with the smallest share of words
// they do not know yet (their word list, src/lib/server/words/my-words.ts); else the nearest level that has one.
import { eq } from 'drizzle-orm';
import { LIBRARY_LEVELS, type LibraryLevel } from '$lib/library/levels';
import type { Db } from '../db';
import { assignments, personalReadings } from '../db/schema';
import { libraryCatalog } from '../library/catalog';
import { libraryAttempts } from './library-attempts';
import { unknownShares } from '../words/my-words';

/** Library texts at `level` the learner has neither opened nor answered (in a class either), in the library's order. */
export function unreadTexts(db: Db, userId: string, level: LibraryLevel) {
	const opened = new Set(
		db
			.select({ articleId: assignments.articleId })
			.from(personalReadings)
			.innerJoin(assignments, eq(assignments.id, personalReadings.assignmentId))
			.where(eq(personalReadings.userId, userId))
			.all()
			.map((r) => r.articleId)
	);
	for (const a of libraryAttempts(db, userId)) opened.add(a.articleId);
	return libraryCatalog(db).filter((t) => t.level === level && !opened.has(t.articleId) && t.questions > 0);
}

/** Levels to look at, nearest first, easier before harder: B1 → B1, A2, B2, A1. */
function byDistance(level: LibraryLevel): LibraryLevel[] {
	const i = LIBRARY_LEVELS.indexOf(level);
	return [...LIBRARY_LEVELS].sort((a, b) => Math.abs(LIBRARY_LEVELS.indexOf(a) - i) - Math.abs(LIBRARY_LEVELS.indexOf(b) - i));
}

/**
 * The next text, whether it is at the learner's level, and its share of new words; null when every library text has
 * been read. Among the unread texts of a level the one with the fewest new words comes first (the library's order
 * breaks ties, so a learner whose word list is still empty gets the texts in order).
 */
export function nextReading(db: Db, userId: string, level: LibraryLevel) {
	for (const l of byDistance(level)) {
		const texts = unreadTexts(db, userId, l);
		if (texts.length === 0) continue;
		const shares = unknownShares(
			db,
			userId,
			texts.map((t) => t.articleId)
		);
		const percent = (id: string) => shares.get(id)?.percent ?? 100;
		const text = texts.reduce((best, t) => (percent(t.articleId) < percent(best.articleId) ? t : best));
		return { text, atLevel: l === level, newWords: shares.get(text.articleId) ?? null };
	}
	return null;
}
