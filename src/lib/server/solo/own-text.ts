// A learner's own text: pasted or fetched from a link with the teacher's import and clean-up (the same limits and
// safety rules), then a private reading with generated questions. The article belongs to the learner: no teacher
// query can reach it (access/teacher.ts and access/library.ts select by owner), and its reading is in the learner's
// personal class. See docs/decisions.md.
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { OWN_LINKS_PER_DAY, OWN_TEXTS_PER_DAY } from '$lib/domain/limits';
import { pl } from '$lib/domain/plural';
import { dayKey, dayStart } from '$lib/warsaw-time';
import type { Db } from '../db';
import { articles, assignments, personalReadings } from '../db/schema';
import { insertArticle, newArticle } from '../articles/articles';
import type { ArticleValues } from '../articles/article-form';
import { takeWindowSlots } from '../auth/fixed-window';
import { openPersonalReading } from './personal-readings';

const DAY = 24 * 3_600_000;

export const LIMIT_REACHED = `Dziś dodano już ${pl(OWN_TEXTS_PER_DAY, ['własny tekst', 'własne teksty', 'własnych tekstów'])}: tyle można w jeden dzień. Jutro dodasz kolejne, a dziś możesz czytać teksty z biblioteki.`;
const NO_QUESTIONS =
	'Z tego tekstu nie udało się ułożyć pytań. Wybierz dłuższy tekst z faktami: kto, co, kiedy, gdzie, ile (np. wiadomość z gazety).';

/** Own texts added since the start of today (Warsaw). */
function addedToday(db: Pick<Db, 'select'>, userId: string, now: number): number {
	return db
		.select({ n: sql<number>`count(*)` })
		.from(articles)
		.where(and(eq(articles.ownerId, userId), gte(articles.createdAt, new Date(dayStart(dayKey(now))))))
		.get()!.n;
}

export function ownTextsLeft(db: Db, userId: string, now = Date.now()): number {
	return Math.max(0, OWN_TEXTS_PER_DAY - addedToday(db, userId, now));
}

/** Counts a link fetch; false when the learner has used up today's. */
export function takeLinkSlot(db: Db, userId: string, now = Date.now()): boolean {
	return takeWindowSlots(db, [{ key: `own-link:user:${userId}`, limit: OWN_LINKS_PER_DAY, windowMs: DAY }], now).waitMs === 0;
}

/** A title for a text pasted without one: its first line, cut at a word. */
export function titleFromText(text: string): string {
	const first = text.trim().split('\n')[0].replace(/\s+/g, ' ').trim();
	if (first.length <= 80) return first || 'Mój tekst';
	return first.slice(0, 80).replace(/\s+\S*$/, '') + '…';
}

export type OwnTextResult = { ok: true; assignmentId: string } | { ok: false; status: 400 | 429; message: string };

/** Saves the learner's checked text (from readArticleForm) as a private reading, within the daily limit. */
export function addOwnText(db: Db, userId: string, values: ArticleValues, now = Date.now()): OwnTextResult {
	if (ownTextsLeft(db, userId, now) === 0) return { ok: false, status: 429, message: LIMIT_REACHED };
	// The slow part (clean-up, questions) runs before the transaction, which then only writes.
	const article = newArticle({ title: values.title, source: values.source, publishedOn: values.publishedOn || null, rawText: values.text });
	if (article.generated.length === 0) return { ok: false, status: 400, message: NO_QUESTIONS };
	// Immediate, so two posts at once (two tabs, two server processes) cannot both pass the count.
	const assignmentId = db.transaction(
		(tx) => {
			const t = tx as unknown as Db;
			if (addedToday(t, userId, now) >= OWN_TEXTS_PER_DAY) return null;
			return openPersonalReading(t, userId, insertArticle(t, userId, article), 'own');
		},
		{ behavior: 'immediate' }
	);
	return assignmentId ? { ok: true, assignmentId } : { ok: false, status: 429, message: LIMIT_REACHED };
}

/** The learner's own texts, newest first, for the page they add them on. */
export function ownTexts(db: Db, userId: string) {
	return db
		.select({ assignmentId: assignments.id, title: articles.title, wordCount: articles.wordCount, createdAt: articles.createdAt })
		.from(personalReadings)
		.innerJoin(assignments, eq(assignments.id, personalReadings.assignmentId))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(and(eq(personalReadings.userId, userId), eq(personalReadings.purpose, 'own')))
		.orderBy(asc(personalReadings.createdAt))
		.all()
		.reverse();
}
