// "Następny tekst": a library text the learner has not opened yet, at their level; else the nearest level that has one.
import { eq } from 'drizzle-orm';
import { LIBRARY_LEVELS, type LibraryLevel } from '$lib/library/levels';
import type { Db } from '../db';
import { assignments, personalReadings } from '../db/schema';
import { libraryCatalog } from '../library/catalog';
import { libraryAttempts } from './library-attempts';

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

/** The next text and whether it is at the learner's level; null when every library text has been read. */
export function nextReading(db: Db, userId: string, level: LibraryLevel) {
	for (const l of byDistance(level)) {
		const text = unreadTexts(db, userId, l)[0];
		if (text) return { text, atLevel: l === level };
	}
	return null;
}
