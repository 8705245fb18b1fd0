import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { articles, wordCards } from '../db/schema';
import { addUser } from '../progress/test-fixtures';
import { learnerWord } from '../access/learner';
import { checkAnswer } from '$lib/questions/check';
import { deleteWord, listWords, markRestKnown, saveWord, setWordStatus, textWords, unknownShares, wordSummary } from './my-words';
import { dueWordCards, gapSentence, submitWordReview, wordReviewCounts } from './word-review';

const TEXT = 'Kot Ola śpi na kanapie. Pies szczeka w ogrodzie, a kot patrzy przez okno. Pies widzi kota.';

function world() {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola');
	const kuba = addUser(db, 'learner', 'Kuba');
	db.insert(articles)
		.values({
			id: 'art',
			ownerId: teacher,
			title: 'Zwierzęta',
			rawText: TEXT,
			blocks: [{ type: 'paragraph', text: TEXT }],
			removed: [],
			wordCount: 14
		})
		.run();
	return { db, ola, kuba };
}

const kot = { lemma: 'kot', word: 'kota', sentence: 'Pies widzi kota.', gloss: 'cat', articleId: 'art' };

describe('my words', () => {
	it('saves a word once per base form, with two review cards due at once', () => {
		const { db, ola } = world();
		const now = Date.parse('2025-03-01T10:00:00Z');
		const first = saveWord(db, ola, kot, now);
		const again = saveWord(db, ola, { ...kot, lemma: 'Kot', gloss: 'tomcat' }, now);
		expect(again.id).toBe(first.id);
		expect(listWords(db, ola)).toMatchObject([{ lemma: 'kot', gloss: 'tomcat', status: 'new', articleTitle: 'Zwierzęta' }]);
		expect(dueWordCards(db, ola, now).map((c) => [c.kind, c.prompt])).toEqual([
			['gap', 'Pies widzi _____.'],
			['meaning', 'kot']
		]);
	});

	it("keeps one learner's words from another: no list, no status change, no delete, no card", () => {
		const { db, ola, kuba } = world();
		const { id } = saveWord(db, ola, kot);
		expect(listWords(db, kuba)).toEqual([]);
		expect(learnerWord(db, kuba, id)).toBeUndefined();
		expect(setWordStatus(db, kuba, id, 'known')).toBe(false);
		expect(deleteWord(db, kuba, id)).toBe(false);
		expect(submitWordReview(db, kuba, id, 'meaning', { remembered: true }, checkAnswer)).toMatchObject({ ok: false, status: 404 });
		expect(listWords(db, ola)).toHaveLength(1);
	});

	it('counts the base forms of a text the learner does not know, and "I know the rest" leaves only saved ones', () => {
		const { db, ola } = world();
		const before = textWords(db, ola, 'art')!;
		// kot (3 times), spać, kanapa, pies, szczekać, ogród, patrzeć, okno, widzieć: names ("Ola") and grammar words do not count.
		expect(before.total).toBe(9);
		expect(before.unknown).toBe(9);
		saveWord(db, ola, kot);
		expect(markRestKnown(db, ola, 'art')).toBe(8);
		const after = textWords(db, ola, 'art')!;
		expect(after).toMatchObject({ total: 9, unknown: 1, rest: 0 });
		// Only the three "kot" words are left to highlight, as being learnt.
		expect(after.spans.map(([s, e, k]) => [TEXT.slice(s, e), k])).toEqual([
			['Kot', 1],
			['kot', 1],
			['kota', 1]
		]);
		expect(unknownShares(db, ola, ['art']).get('art')).toMatchObject({ unknown: 1, percent: 11 });
		expect(wordSummary(db, ola)).toMatchObject({ saved: 1, new: 1, known: 8 });
		expect(listWords(db, ola, { status: 'known' })).toHaveLength(8);
		expect(listWords(db, ola)).toHaveLength(1);
	});

	it('reviews a word: the gap is checked, a new word becomes learning and the card comes back later', () => {
		const { db, ola } = world();
		const now = Date.parse('2025-03-01T10:00:00Z');
		const { id } = saveWord(db, ola, kot, now);
		// The base form is not the form the sentence needs.
		expect(submitWordReview(db, ola, id, 'gap', { given: 'kot' }, checkAnswer, now)).toMatchObject({ ok: true, correct: false });
		const r = submitWordReview(db, ola, id, 'gap', { given: 'kota' }, checkAnswer, now + 3_600_000);
		expect(r).toMatchObject({ ok: true, correct: true });
		expect(learnerWord(db, ola, id)?.status).toBe('learning');
		expect(submitWordReview(db, ola, id, 'gap', { given: 'kota' }, checkAnswer, now + 3_600_000)).toMatchObject({ ok: false, status: 409 });
		expect(submitWordReview(db, ola, id, 'meaning', { remembered: false }, checkAnswer, now)).toMatchObject({ ok: true, correct: false });
		expect(wordReviewCounts(db, ola, now)).toMatchObject({ due: 0, total: 2 });
		// A known word leaves the review.
		setWordStatus(db, ola, id, 'known');
		expect(wordReviewCounts(db, ola, now + 30 * 86_400_000)).toMatchObject({ due: 0, total: 0 });
		deleteWord(db, ola, id);
		expect(db.select().from(wordCards).where(eq(wordCards.wordId, id)).all()).toEqual([]);
	});

	it('hides the word in its sentence, whatever its capital', () => {
		expect(gapSentence('Kot śpi.', 'kot')).toBe('_____ śpi.');
	});
});
