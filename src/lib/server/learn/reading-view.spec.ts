import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDb } from '../db/test-db';
import { articles } from '../db/schema';
import { addAnswer, addArticle, addAssignment, addClass, addUser } from '../progress/test-fixtures';
import { learnerAssignmentOr404 } from '../access/learner';
import { loadReading } from './reading-view';

function world() {
	const db = testDb();
	const teacher = addUser(db, 'teacher');
	const ola = addUser(db, 'learner', 'Ola');
	const kuba = addUser(db, 'learner', 'Kuba');
	const art = addArticle(db, teacher, ['time', 'place']);
	const asg = addAssignment(db, teacher, addClass(db, teacher, [ola, kuba]), art);
	const view = (userId: string) => loadReading(db, userId, learnerAssignmentOr404(db, userId, asg));
	return { db, ola, kuba, art, asg, view };
}

describe('the reading page data', () => {
	it('has no expected answer or evidence for a question not answered yet, in any field', () => {
		const { db, ola, kuba, art, asg, view } = world();
		addAnswer(db, ola, asg, art.questionIds[0], true, Date.now());
		const [answered, open] = view(ola).questions;
		expect(answered.result).toEqual({
			given: 'dobrze',
			correct: true,
			kind: 'correct',
			feedback: '',
			answer: 'dobrze',
			evidence: { sentence: 'Zdanie 1.', start: 0, end: 1 }
		});
		expect(open).toEqual({ id: art.questionIds[1], type: 'wh', prompt: 'Pytanie 2?', options: [], result: null });
		// Ola's answer is hers: Kuba, in the same class, sees both questions open.
		expect(JSON.stringify(view(kuba).questions)).not.toMatch(/dobrze|Zdanie/);
	});

	it('shows an article edited after it was assigned as it is now', () => {
		const { db, ola, art, view } = world();
		db.update(articles)
			.set({ blocks: [{ type: 'paragraph', text: 'Pierwszy tekst.' }] })
			.where(eq(articles.id, art.id))
			.run();
		expect(view(ola).article.blocks).toEqual([{ type: 'paragraph', text: 'Pierwszy tekst.' }]);
		db.update(articles)
			.set({ blocks: [{ type: 'paragraph', text: 'Poprawiony tekst.' }] })
			.where(eq(articles.id, art.id))
			.run();
		expect(view(ola).article.blocks).toEqual([{ type: 'paragraph', text: 'Poprawiony tekst.' }]);
	});

	it('gives dates and the word count as the page shows them', () => {
		const { db, ola, art, view } = world();
		db.update(articles).set({ publishedOn: '2022-01-07', wordCount: 285 }).where(eq(articles.id, art.id)).run();
		expect(view(ola).article).toMatchObject({ published: '7 stycznia 2022', words: '285 słów' });
		expect(view(ola).assignment.due).toBeNull();
	});
});
