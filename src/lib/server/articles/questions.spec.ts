import { describe, expect, it } from 'vitest';
import { createArticle } from './articles';
import { articleWorld, NEWS } from './fixtures';
import {
	addQuestion,
	approveAll,
	archiveQuestion,
	findEvidence,
	liveQuestions,
	moveQuestion,
	setApproved,
	updateQuestion
} from './questions';

function world() {
	const db = articleWorld();
	const id = createArticle(db, 'anna', { title: 'Most', rawText: NEWS });
	return { db, id, qs: () => liveQuestions(db, id) };
}
const fields = {
	type: 'wh' as const,
	prompt: 'Ile osób przyszło na festyn?',
	answer: 'około 5 tysięcy',
	accept: [],
	options: [],
	skill: 'quantity' as const
};

describe('question review', () => {
	it('approves, edits (marking the question edited and approved) and archives', () => {
		const { db, id, qs } = world();
		const [a, b] = qs();
		expect(setApproved(db, 'anna', id, a.id, true)).toBe(true);
		expect(updateQuestion(db, 'anna', id, b.id, { ...fields, prompt: 'Inne?' })).toBe(true);
		expect(qs().find((q) => q.id === b.id)).toMatchObject({ prompt: 'Inne?', origin: 'edited', approved: true, genKey: b.genKey });
		expect(archiveQuestion(db, 'anna', id, a.id)).toBe(true);
		expect(qs().some((q) => q.id === a.id)).toBe(false);
		expect(approveAll(db, 'anna', id)).toBe(true);
		expect(qs().every((q) => q.approved)).toBe(true);
	});

	it('moves a question up and down among the visible ones', () => {
		const { db, id, qs } = world();
		const ids = qs().map((q) => q.id);
		moveQuestion(db, 'anna', id, ids[1], 'up');
		expect(
			qs()
				.map((q) => q.id)
				.slice(0, 2)
		).toEqual([ids[1], ids[0]]);
		moveQuestion(db, 'anna', id, ids[1], 'up'); // already first: nothing moves
		moveQuestion(db, 'anna', id, ids[0], 'down');
		expect(
			qs()
				.map((q) => q.id)
				.slice(0, 3)
		).toEqual([ids[1], ids[2], ids[0]]);
	});

	it('adds a teacher question at the end with the supporting sentence as evidence', () => {
		const { db, id, qs } = world();
		const newId = addQuestion(db, 'anna', id, fields)!;
		const added = qs().at(-1)!;
		expect(added).toMatchObject({ id: newId, origin: 'teacher', approved: true, genKey: null });
		expect((added.evidence as { sentence: string }).sentence).toMatch(/^W niedzielę odbył się festyn/);
	});

	it("refuses every change to another teacher's questions", () => {
		const { db, id, qs } = world();
		const before = qs();
		const q = before[0].id;
		expect(setApproved(db, 'bogdan', id, q, true)).toBe(false);
		expect(updateQuestion(db, 'bogdan', id, q, fields)).toBe(false);
		expect(archiveQuestion(db, 'bogdan', id, q)).toBe(false);
		expect(moveQuestion(db, 'bogdan', id, q, 'down')).toBe(false);
		expect(addQuestion(db, 'bogdan', id, fields)).toBeNull();
		expect(approveAll(db, 'bogdan', id)).toBe(false);
		expect(qs()).toEqual(before);
	});
});

describe('findEvidence', () => {
	it('prefers the sentence that contains the answer', () => {
		const e = findEvidence('Most otwarto w piątek. Kosztował 120 mln zł.', { prompt: 'Ile kosztował most?', answer: '120 mln zł' });
		expect(e).toEqual({ sentence: 'Kosztował 120 mln zł.', start: 23, end: 44 });
	});
});
