// An article's vocabulary, worked out once per text and kept in article_vocab: the base forms of its content
// words (for the share a learner does not know yet), where each word stands (for highlighting) and the key
// words proposed. A changed text has another key, so the row is rebuilt on the next use.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { articleText, type Block } from '$lib/polish/article';
import { contentWords, vocabularyOf } from '$lib/polish/content-words';
import { splitSentences } from '$lib/polish/segment';
import { libraryTexts } from '$lib/library/texts';
import type { KeyWord, VocabGroup } from '$lib/vocabulary';
import type { Db } from '../db';
import { perConnection } from '../db/prepared';
import { articleKeywords, articleVocab, articles } from '../db/schema';
import { frequencyRank } from './frequency';
import { pickKeyWords } from './key-words';
import { lookupWord } from './lookup';

export interface ArticleVocab {
	groups: VocabGroup[];
	spans: [number, number, number][];
	/** Proposed key words: worked out on first need (they take the dictionary), so the reading list does not wait for them. */
	proposed: KeyWord[] | null;
}

const keyOf = (blocksJson: string) => createHash('sha256').update(blocksJson).digest('base64url');

/** Letters only, lower case: a library text still matches after the article clean-up. */
const letters = (text: string) => text.toLocaleLowerCase('pl').replace(/[^\p{L}]+/gu, '');

/** The hand-written key words when the article is a library text (src/lib/library). */
function libraryKeywords(text: string): string[] | undefined {
	const own = letters(text);
	return libraryTexts().find((t) => letters(t.text) === own)?.keywords;
}

/** The first meaning word help gives a base form in the sentence of its first use in the text ('' when none). */
function glossIn(text: string, lemma: string, at: [number, number] | undefined): string {
	const sentence = at && splitSentences(text).find((s) => s.start <= at[0] && at[1] <= s.end);
	const info =
		at && sentence ? lookupWord(text.slice(at[0], at[1]), { sentence: sentence.text, at: at[0] - sentence.start }) : lookupWord(lemma);
	const key = lemma.toLocaleLowerCase('pl');
	const entry = info?.entries.find((e) => e.lemma.toLocaleLowerCase('pl') === key) ?? (at ? undefined : info?.entries[0]);
	return entry?.senses[0]?.english ?? info?.expressions[0]?.senses[0]?.english ?? '';
}

export function buildVocab(text: string): ArticleVocab {
	const { groups, spans } = vocabularyOf(contentWords(text, frequencyRank));
	return { groups: groups.map(({ lemma, also }) => (also ? { lemma, also } : { lemma })), spans, proposed: null };
}

/** The key words of a library text as its author chose them, else the best candidates by rarity and use (key-words.ts). */
export function proposeKeyWords(text: string, vocab: Pick<ArticleVocab, 'groups' | 'spans'>): KeyWord[] {
	const firstAt = (lemma: string): [number, number] | undefined => {
		const g = vocab.groups.findIndex((x) => x.lemma === lemma);
		const span = vocab.spans.find((s) => s[2] === g);
		return span && [span[0], span[1]];
	};
	const library = libraryKeywords(text);
	if (library) return library.map((lemma) => ({ lemma, gloss: glossIn(text, lemma, firstAt(lemma.toLocaleLowerCase('pl'))) }));
	const counts = new Map<number, number>();
	for (const s of vocab.spans) counts.set(s[2], (counts.get(s[2]) ?? 0) + 1);
	const candidates = vocab.groups.map((g, i) => ({ lemma: g.lemma, count: counts.get(i) ?? 0 }));
	return pickKeyWords(candidates, frequencyRank, (lemma) => glossIn(text, lemma, firstAt(lemma)));
}

function storedVocab(db: Db, articleId: string) {
	return db
		.select({ blocks: sql<string>`${articles.blocks}`, cached: articleVocab })
		.from(articles)
		.leftJoin(articleVocab, eq(articleVocab.articleId, articles.id))
		.where(eq(articles.id, articleId))
		.get();
}

/** The vocabulary of an article's current text, built and stored on first use; with the key words when asked. */
export function articleVocabulary(db: Db, articleId: string, withKeyWords = false): ArticleVocab | undefined {
	const article = storedVocab(db, articleId);
	if (!article) return undefined;
	const textKey = keyOf(article.blocks);
	const fresh = article.cached?.textKey === textKey ? article.cached : null;
	if (fresh && (fresh.proposed || !withKeyWords)) return fresh;
	const text = articleText(JSON.parse(article.blocks) as Block[]);
	const vocab = fresh ?? buildVocab(text);
	if (withKeyWords) vocab.proposed = proposeKeyWords(text, vocab);
	const row = { textKey, groups: vocab.groups, spans: vocab.spans, proposed: vocab.proposed };
	db.insert(articleVocab)
		.values({ articleId, ...row })
		.onConflictDoUpdate({ target: articleVocab.articleId, set: row })
		.run();
	return vocab;
}

// The reading page asks on every visit: one prepared query, and only the key words' columns.
const keyWordsQuery = perConnection((db) =>
	db
		.select({
			blocks: sql<string>`${articles.blocks}`,
			own: articleKeywords.words,
			textKey: articleVocab.textKey,
			proposed: articleVocab.proposed
		})
		.from(articles)
		.leftJoin(articleKeywords, eq(articleKeywords.articleId, articles.id))
		.leftJoin(articleVocab, eq(articleVocab.articleId, articles.id))
		.where(eq(articles.id, sql.placeholder('articleId')))
		.prepare()
);

/** What the learner sees before reading and the teacher edits: the teacher's list when set, else the proposal. */
export function keyWords(db: Db, articleId: string): { words: KeyWord[]; edited: boolean } {
	const row = keyWordsQuery(db).get({ articleId });
	if (!row) return { words: [], edited: false };
	if (row.own) return { words: row.own, edited: true };
	if (row.proposed && row.textKey === keyOf(row.blocks)) return { words: row.proposed, edited: false };
	return { words: articleVocabulary(db, articleId, true)?.proposed ?? [], edited: false };
}

/** The teacher's list replaces the proposal (an empty list too); null goes back to the proposal. */
export function setKeyWords(db: Db, articleId: string, words: KeyWord[] | null) {
	if (words === null) db.delete(articleKeywords).where(eq(articleKeywords.articleId, articleId)).run();
	else
		db.insert(articleKeywords)
			.values({ articleId, words, updatedAt: new Date() })
			.onConflictDoUpdate({ target: articleKeywords.articleId, set: { words, updatedAt: new Date() } })
			.run();
}
