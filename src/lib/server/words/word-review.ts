// Saved words in the spaced review: two cards each (Polish → meaning, the gap in the learner's own sentence),
// scheduled by ts-fsrs like the question cards (review/), due from the moment the word is saved.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { fsrs, Rating, type CardInput } from 'ts-fsrs';
import type { WordCardKind } from '$lib/domain/word-status';
import type { Db } from '../db';
import { learnerWords, wordCards } from '../db/schema';
import { learnerWord } from '../access/learner';
import type { Checker } from '../review/submit-review';
import { reviewable } from './my-words';

const scheduler = fsrs({ enable_fuzz: false });

const NO_SUCH_CARD = 'Tego słowa nie ma w Twoich powtórkach.';

/** The sentence with the word's first occurrence hidden, for the gap card. */
export function gapSentence(sentence: string, word: string): string {
	const i = sentence.toLocaleLowerCase('pl').indexOf(word.toLocaleLowerCase('pl'));
	return i < 0 ? sentence : `${sentence.slice(0, i)}_____${sentence.slice(i + word.length)}`;
}

/** Word cards due now, the longest-waiting first, with what each asks. */
export function dueWordCards(db: Db, userId: string, now = Date.now(), limit = 20) {
	return db
		.select({
			wordId: learnerWords.id,
			kind: wordCards.kind,
			lemma: learnerWords.lemma,
			word: learnerWords.word,
			sentence: learnerWords.sentence,
			gloss: learnerWords.gloss,
			due: wordCards.due
		})
		.from(wordCards)
		.innerJoin(learnerWords, eq(learnerWords.id, wordCards.wordId))
		.where(and(reviewable(userId), lte(wordCards.due, new Date(now))))
		.orderBy(asc(wordCards.due), asc(learnerWords.key), asc(wordCards.kind))
		.limit(limit)
		.all()
		.map(({ sentence, word, ...c }) => ({
			...c,
			// The gap card shows the sentence without the word, the meaning card the word alone: neither gives itself away.
			prompt: c.kind === 'gap' ? gapSentence(sentence ?? '', word ?? '') : c.lemma
		}));
}

export type DueWordCard = ReturnType<typeof dueWordCards>[number];

/** How many word cards are due now, how many there are, and when the next comes due. */
export function wordReviewCounts(db: Db, userId: string, now = Date.now()) {
	return db
		.select({
			due: sql<number>`coalesce(sum(${wordCards.due} <= ${now}), 0)`,
			total: sql<number>`count(*)`,
			next: sql<number | null>`min(case when ${wordCards.due} > ${now} then ${wordCards.due} end)`
		})
		.from(wordCards)
		.innerJoin(learnerWords, eq(learnerWords.id, wordCards.wordId))
		.where(reviewable(userId))
		.get()!;
}

export type WordReviewResult =
	| { ok: true; correct: boolean; lemma: string; word: string; gloss: string; sentence: string; given: string; note: string; nextDue: Date }
	| { ok: false; status: 400 | 404 | 409; message: string };

/**
 * Grades one card and reschedules it: the meaning card by the learner's own word ("I remembered"), the gap
 * card by checking the form typed (the checker is passed in, as for questions). A new word becomes learning.
 */
export function submitWordReview(
	db: Db,
	userId: string,
	wordId: string,
	kind: WordCardKind,
	answer: { remembered: boolean } | { given: string },
	check: Checker,
	now = Date.now()
): WordReviewResult {
	const w = learnerWord(db, userId, wordId);
	const row =
		w &&
		db
			.select()
			.from(wordCards)
			.where(and(eq(wordCards.wordId, wordId), eq(wordCards.kind, kind)))
			.get();
	if (!w || !row || w.status === 'known') return { ok: false, status: 404, message: NO_SUCH_CARD };
	if (row.due.getTime() > now) return { ok: false, status: 409, message: 'To słowo już powtórzono. Wróci później.' };
	let correct: boolean;
	let note = '';
	let given = '';
	if ('given' in answer) {
		given = answer.given.trim();
		if (!given) return { ok: false, status: 400, message: 'Wpisz brakujące słowo.' };
		if (given.length > 100) return { ok: false, status: 400, message: 'To za długie na jedno słowo.' };
		// The exact form, as in the word-form exercise: the base form alone is the thing to practise away.
		const verdict = check({ answer: w.word ?? w.lemma, type: 'form' }, given);
		correct = verdict.correct;
		note = verdict.note ?? '';
	} else correct = answer.remembered;
	const next = scheduler.next(row.card as CardInput, new Date(now), correct ? Rating.Good : Rating.Again).card;
	db.transaction((tx) => {
		tx.update(wordCards)
			.set({ card: next, due: next.due, reviews: sql`${wordCards.reviews} + 1`, lastCorrect: correct })
			.where(and(eq(wordCards.wordId, wordId), eq(wordCards.kind, kind)))
			.run();
		if (w.status === 'new')
			tx.update(learnerWords)
				.set({ status: 'learning', updatedAt: new Date(now) })
				.where(eq(learnerWords.id, wordId))
				.run();
	});
	return {
		ok: true,
		correct,
		lemma: w.lemma,
		word: w.word ?? w.lemma,
		gloss: w.gloss ?? '',
		sentence: w.sentence ?? '',
		given,
		note,
		nextDue: next.due
	};
}
