// A learner's own words ("Moje słowa"): saving from word help, statuses, the list, and what they mean for a
// text: which of its words the learner does not know yet. Every query is scoped by the learner's id.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { createEmptyCard } from 'ts-fsrs';
import type { WordCardKind, WordStatus } from '$lib/domain/word-status';
import type { VocabGroup } from '$lib/vocabulary';
import type { Db } from '../db';
import { articles, learnerWords, wordCards } from '../db/schema';
import { articleVocabulary, type ArticleVocab } from './article-vocab';

/** Words are matched by base form in lower case (Polish rules). */
const wordKey = (lemma: string) => lemma.toLocaleLowerCase('pl');

export interface WordToSave {
	lemma: string;
	/** The form met in the text, its sentence and the meaning the learner chose. */
	word?: string;
	sentence?: string;
	gloss?: string;
	articleId?: string;
}

/** The review cards a saved word can have: its meaning needs a gloss, the gap needs the form inside its sentence. */
function cardKinds(w: { word?: string | null; sentence?: string | null; gloss?: string | null }): WordCardKind[] {
	const kinds: WordCardKind[] = [];
	if (w.gloss) kinds.push('meaning');
	if (w.word && w.sentence?.toLocaleLowerCase('pl').includes(w.word.toLocaleLowerCase('pl'))) kinds.push('gap');
	return kinds;
}

/**
 * Saves a word (again): the latest sentence and meaning replace the earlier ones. A word the learner had
 * marked known becomes new, since they chose to learn it; one being learnt keeps its status.
 */
export function saveWord(db: Db, userId: string, w: WordToSave, now = Date.now()): { id: string; status: WordStatus } {
	const key = wordKey(w.lemma);
	const saved = { origin: 'saved' as const, word: w.word ?? null, sentence: w.sentence ?? null, gloss: w.gloss ?? null };
	return db.transaction((tx) => {
		const old = tx
			.select({ id: learnerWords.id, status: learnerWords.status, articleId: learnerWords.articleId })
			.from(learnerWords)
			.where(and(eq(learnerWords.userId, userId), eq(learnerWords.key, key)))
			.get();
		const status: WordStatus = old && old.status !== 'known' ? old.status : 'new';
		const id = old?.id ?? crypto.randomUUID();
		if (old)
			tx.update(learnerWords)
				.set({ ...saved, status, articleId: w.articleId ?? old.articleId, updatedAt: new Date(now) })
				.where(eq(learnerWords.id, id))
				.run();
		else
			tx.insert(learnerWords)
				.values({ id, userId, lemma: w.lemma, key, status, ...saved, articleId: w.articleId ?? null, createdAt: new Date(now) })
				.run();
		for (const kind of cardKinds(saved)) {
			const card = createEmptyCard(new Date(now));
			tx.insert(wordCards).values({ wordId: id, kind, card, due: card.due }).onConflictDoNothing().run();
		}
		return { id, status };
	});
}

/** The learner's words among these base forms, by key: the word panel shows whether each is saved. */
export function wordsByKey(db: Db, userId: string, lemmas: string[]) {
	const keys = [...new Set(lemmas.map(wordKey))];
	if (!keys.length) return {};
	const rows = db
		.select({ id: learnerWords.id, key: learnerWords.key, status: learnerWords.status, origin: learnerWords.origin })
		.from(learnerWords)
		.where(and(eq(learnerWords.userId, userId), inArray(learnerWords.key, keys)))
		.all();
	return Object.fromEntries(rows.map(({ key, ...r }) => [key, r]));
}

export function setWordStatus(db: Db, userId: string, wordId: string, status: WordStatus): boolean {
	return (
		db
			.update(learnerWords)
			.set({ status, updatedAt: new Date() })
			.where(and(eq(learnerWords.id, wordId), eq(learnerWords.userId, userId)))
			.run().changes > 0
	);
}

export function deleteWord(db: Db, userId: string, wordId: string): boolean {
	return (
		db
			.delete(learnerWords)
			.where(and(eq(learnerWords.id, wordId), eq(learnerWords.userId, userId)))
			.run().changes > 0
	);
}

export interface WordFilter {
	status?: WordStatus;
	articleId?: string;
}

/** Rows shown on My words, at most this many: a long list of known words is left to the filters. */
const LIST_LIMIT = 500;

/**
 * The learner's words, newest first. Without a status filter only saved words; with "known" also the words
 * marked known at the end of a reading (they have no sentence).
 */
export function listWords(db: Db, userId: string, filter: WordFilter = {}) {
	const where = and(
		eq(learnerWords.userId, userId),
		filter.status === 'known' ? undefined : eq(learnerWords.origin, 'saved'),
		filter.status ? eq(learnerWords.status, filter.status) : undefined,
		filter.articleId ? eq(learnerWords.articleId, filter.articleId) : undefined
	);
	return db
		.select({
			id: learnerWords.id,
			lemma: learnerWords.lemma,
			status: learnerWords.status,
			origin: learnerWords.origin,
			word: learnerWords.word,
			sentence: learnerWords.sentence,
			gloss: learnerWords.gloss,
			articleTitle: articles.title
		})
		.from(learnerWords)
		.leftJoin(articles, eq(articles.id, learnerWords.articleId))
		.where(where)
		.orderBy(desc(sql`coalesce(${learnerWords.updatedAt}, ${learnerWords.createdAt})`), asc(learnerWords.key))
		.limit(LIST_LIMIT)
		.all();
}

/** Counts per status and the readings the learner's words come from, for the filters. */
export function wordSummary(db: Db, userId: string) {
	const counts = db
		.select({ status: learnerWords.status, origin: learnerWords.origin, n: sql<number>`count(*)` })
		.from(learnerWords)
		.where(eq(learnerWords.userId, userId))
		.groupBy(learnerWords.status, learnerWords.origin)
		.all();
	const readings = db
		.selectDistinct({ id: articles.id, title: articles.title })
		.from(learnerWords)
		.innerJoin(articles, eq(articles.id, learnerWords.articleId))
		.where(and(eq(learnerWords.userId, userId), eq(learnerWords.origin, 'saved')))
		.orderBy(asc(articles.title))
		.all();
	const count = (status: WordStatus, origin?: 'saved' | 'reading') =>
		counts.filter((c) => c.status === status && (!origin || c.origin === origin)).reduce((s, c) => s + c.n, 0);
	return {
		saved: counts.filter((c) => c.origin === 'saved').reduce((s, c) => s + c.n, 0),
		new: count('new', 'saved'),
		learning: count('learning', 'saved'),
		known: count('known'),
		readings
	};
}

/** The learner's base forms by status: known ones, and ones saved to learn (new or learning). */
function learnerKeys(db: Db, userId: string) {
	const rows = db
		.select({ key: learnerWords.key, status: learnerWords.status })
		.from(learnerWords)
		.where(eq(learnerWords.userId, userId))
		.all();
	const known = new Set<string>();
	const learning = new Set<string>();
	for (const r of rows) (r.status === 'known' ? known : learning).add(r.key);
	return { known, learning, all: new Set(rows.map((r) => r.key)) };
}

type Keys = ReturnType<typeof learnerKeys>;

const lemmasOf = (g: VocabGroup) => [g.lemma, ...(g.also ?? [])];

/** A base form of the text is known when the learner knows it under any of the forms its words can be read as. */
function groupStatus(g: VocabGroup, keys: Keys): 'known' | 'learning' | 'unknown' {
	const forms = lemmasOf(g);
	if (forms.some((l) => keys.known.has(l))) return 'known';
	return forms.some((l) => keys.learning.has(l)) ? 'learning' : 'unknown';
}

/** Distinct base forms of the text's content words, and how many of them the learner does not know yet. */
export function unknownShare(vocab: ArticleVocab, keys: Keys) {
	const unknown = vocab.groups.filter((g) => groupStatus(g, keys) !== 'known').length;
	return { total: vocab.groups.length, unknown, percent: vocab.groups.length ? Math.round((100 * unknown) / vocab.groups.length) : 0 };
}

/**
 * A text's words as the learner stands with them: spans of words not known yet (0 unknown, 1 being learnt),
 * the share, and how many base forms are not in the learner's list at all (what "I know the rest" would add).
 */
export function textWords(db: Db, userId: string, articleId: string) {
	const vocab = articleVocabulary(db, articleId);
	if (!vocab) return null;
	const keys = learnerKeys(db, userId);
	const status = vocab.groups.map((g) => groupStatus(g, keys));
	const spans = vocab.spans.filter((s) => status[s[2]] !== 'known').map(([a, b, g]) => [a, b, status[g] === 'learning' ? 1 : 0]);
	const rest = vocab.groups.filter((g) => !lemmasOf(g).some((l) => keys.all.has(l))).length;
	return { spans, ...unknownShare(vocab, keys), rest };
}

/** "I know the rest": every base form of the text not in the learner's list becomes known. Returns how many. */
export function markRestKnown(db: Db, userId: string, articleId: string, now = Date.now()): number {
	const vocab = articleVocabulary(db, articleId);
	if (!vocab) return 0;
	const keys = learnerKeys(db, userId);
	const rest = vocab.groups.filter((g) => !lemmasOf(g).some((l) => keys.all.has(l)));
	db.transaction((tx) => {
		for (const g of rest)
			tx.insert(learnerWords)
				.values({
					id: crypto.randomUUID(),
					userId,
					lemma: g.lemma,
					key: wordKey(g.lemma),
					status: 'known',
					origin: 'reading',
					articleId,
					createdAt: new Date(now)
				})
				.onConflictDoNothing()
				.run();
	});
	return rest.length;
}

/** Readings of the list with the share of their base forms the learner does not know yet. */
export function unknownShares(db: Db, userId: string, articleIds: string[]) {
	const keys = learnerKeys(db, userId);
	const out = new Map<string, ReturnType<typeof unknownShare>>();
	for (const id of new Set(articleIds)) {
		const vocab = articleVocabulary(db, id);
		if (vocab) out.set(id, unknownShare(vocab, keys));
	}
	return out;
}

/** Words of the learner that a review can ask about: saved and not yet known. */
export const reviewable = (userId: string) => and(eq(learnerWords.userId, userId), inArray(learnerWords.status, ['new', 'learning']));
