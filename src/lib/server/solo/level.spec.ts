import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { libraryTexts } from '$lib/library/texts';
import { testDb } from '../db/test-db';
import { assignmentQuestions, learnerProfiles } from '../db/schema';
import { addAnswer, addUser } from '../progress/test-fixtures';
import { seedLibrary } from '../library/seed-library';
import { learnerLevel } from './level';
import { nextReading, unreadTexts } from './next-reading';
import { openPersonalReading } from './personal-readings';
import { afterReading } from './after-reading';
import { markRestKnown } from '../words/my-words';

// Enough for a B1 learner's placement (A2, B1, B2), a next reading and an A2 learner's three readings in a row.
const texts = (['A2', 'B1', 'B2'] as const).flatMap((level) =>
	libraryTexts()
		.filter((t) => t.level === level)
		.slice(0, level === 'A2' ? 3 : 2)
);

function world() {
	const db = testDb();
	seedLibrary(db, texts);
	const ola = addUser(db, 'learner', 'Ola');
	db.insert(learnerProfiles)
		.values({ userId: ola, selfLevel: 'B1', createdAt: new Date(1000) })
		.run();
	return { db, ola };
}

/** Answers every question of a reading, the first `right` of them correctly. */
function finish(db: ReturnType<typeof testDb>, userId: string, assignmentId: string, right: number, at: number) {
	const qs = db.select().from(assignmentQuestions).where(eq(assignmentQuestions.assignmentId, assignmentId)).all();
	qs.forEach((q, i) => addAnswer(db, userId, assignmentId, q.questionId, i < right, at + i));
	return qs.length;
}

describe("a self-study learner's level", () => {
	it('follows the placement step by step, then suggests a level', () => {
		const { db, ola } = world();
		let level = learnerLevel(db, ola)!;
		expect(level.level).toBe('B1');
		expect(level.placement).toMatchObject({ state: 'open', next: { level: 'A2', assignmentId: null } });

		const a2 = openPersonalReading(db, ola, unreadTexts(db, ola, 'A2')[0].articleId, 'placement');
		expect(afterReading(db, ola, a2)).toEqual({ href: '/learn/poziom', label: 'Dalej: test poziomu' });
		expect(learnerLevel(db, ola)!.placement).toMatchObject({ state: 'open', next: { level: 'A2', assignmentId: a2 } });
		const n = finish(db, ola, a2, 5, 10_000);
		expect(n).toBe(5);
		expect(learnerLevel(db, ola)!.placement).toMatchObject({ state: 'open', next: { level: 'B1' } });

		const b1 = openPersonalReading(db, ola, unreadTexts(db, ola, 'B1')[0].articleId, 'placement');
		finish(db, ola, b1, 1, 20_000);
		level = learnerLevel(db, ola)!;
		expect(level.placement).toMatchObject({ state: 'done', suggested: 'A2' });
		expect(level.level).toBe('A2');
		expect(level.changes.at(-1)).toMatchObject({ why: 'placement', from: 'B1', to: 'A2', scores: [1, 0.2] });
	});

	it('offers an unread text at the level, then the nearest level once those are read', () => {
		const { db, ola } = world();
		const first = nextReading(db, ola, 'B1')!;
		expect(first).toMatchObject({ atLevel: true, text: { level: 'B1', slug: texts[3].slug } });
		const id = openPersonalReading(db, ola, first.text.articleId, 'practice');
		expect(afterReading(db, ola, id)).toEqual({ href: '/learn/nastepny', label: 'Następny tekst' });
		expect(nextReading(db, ola, 'B1')!.text.slug).toBe(texts[4].slug);
		openPersonalReading(db, ola, nextReading(db, ola, 'B1')!.text.articleId, 'practice');
		expect(nextReading(db, ola, 'B1')).toMatchObject({ atLevel: false, text: { level: 'A2' } });
	});

	it('prefers, at the level, the unread text with the fewest words the learner does not know yet', () => {
		const { db, ola } = world();
		const second = unreadTexts(db, ola, 'B1')[1];
		expect(nextReading(db, ola, 'B1')!.text.slug).not.toBe(second.slug);
		markRestKnown(db, ola, second.articleId);
		expect(nextReading(db, ola, 'B1')).toMatchObject({ text: { slug: second.slug }, newWords: { unknown: 0, percent: 0 } });
	});

	it('moves up after three practice readings at the level scored 80% or more, and says why', () => {
		const { db, ola } = world();
		db.update(learnerProfiles).set({ selfLevel: 'A2' }).where(eq(learnerProfiles.userId, ola)).run();
		const scores: number[] = [];
		unreadTexts(db, ola, 'A2').forEach((text, i) => {
			const id = openPersonalReading(db, ola, text.articleId, 'practice');
			const n = finish(db, ola, id, 7, 100_000 + i * 1000);
			scores.push(Math.min(7, n) / n);
		});
		expect(scores).toHaveLength(3);
		const level = learnerLevel(db, ola)!;
		expect(level.level).toBe('B1');
		expect(level.changes.at(-1)).toMatchObject({ why: 'up', from: 'A2', to: 'B1', scores });
	});
});
