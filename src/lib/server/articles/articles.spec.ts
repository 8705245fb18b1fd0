import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { answers, articles, assignmentQuestions, assignments, attempts, questions } from '../db/schema';
import { createArticle, listArticles, updateArticle } from './articles';
import { teacherArticle } from '../access/teacher';
import { articleWorld, NEWS } from './fixtures';

const input = { title: 'Most', source: 'Gazeta', publishedOn: '2023-05-12', rawText: NEWS };
const qsOf = (db: ReturnType<typeof articleWorld>, id: string) =>
	db.select().from(questions).where(eq(questions.articleId, id)).orderBy(questions.position).all();

describe('createArticle', () => {
	it('stores cleaned blocks, what was removed, a level and generated questions', () => {
		const db = articleWorld();
		const id = createArticle(db, 'anna', input);
		const a = teacherArticle(db, 'anna', id)!;
		expect(JSON.stringify(a.blocks)).not.toContain('Czytaj także');
		expect(a.removed).toEqual([expect.objectContaining({ text: 'Czytaj także: Remont dworca w Bydgoszczy', restored: false })]);
		expect(['A2', 'B1', 'B2', 'C1']).toContain(a.level);
		expect(a.readability).toBeGreaterThan(0);
		expect(qsOf(db, id).length).toBeGreaterThan(2);
	});

	it('puts a restored part back where it stood', () => {
		const db = articleWorld();
		const id = createArticle(db, 'anna', { ...input, keep: ['Czytaj także: Remont dworca w Bydgoszczy'] });
		const texts = (teacherArticle(db, 'anna', id)!.blocks as { text: string }[]).map((b) => b.text);
		const at = texts.indexOf('Czytaj także: Remont dworca w Bydgoszczy');
		expect(at).toBe(2);
		expect(texts[at + 1]).toMatch(/^Most ma 540/);
	});

	it('is visible only to its owner', () => {
		const db = articleWorld();
		const id = createArticle(db, 'anna', input);
		expect(teacherArticle(db, 'bogdan', id)).toBeUndefined();
		expect(listArticles(db, 'bogdan')).toEqual([]);
		expect(listArticles(db, 'anna')).toEqual([expect.objectContaining({ id, title: 'Most', assignments: 0 })]);
		db.insert(assignments).values({ id: 'z1', articleId: id, classId: 'klasa-a', teacherId: 'anna' }).run();
		expect(listArticles(db, 'anna')[0].assignments).toBe(1);
	});
});

describe('updateArticle', () => {
	it('keeps edited and teacher questions and the id/approval of questions generated again', () => {
		const db = articleWorld();
		const id = createArticle(db, 'anna', input);
		const [first, second] = qsOf(db, id);
		db.update(questions).set({ approved: true }).where(eq(questions.id, first.id)).run();
		db.update(questions).set({ origin: 'edited', prompt: 'Moje pytanie?' }).where(eq(questions.id, second.id)).run();
		db.insert(questions)
			.values({ ...first, id: 'own', genKey: null, origin: 'teacher', prompt: 'Ile kosztował most?', position: 99 })
			.run();

		// Same text plus one more paragraph: the earlier facts are generated again.
		expect(updateArticle(db, 'anna', id, { ...input, rawText: NEWS + '\n\nW poniedziałek most zamknięto na godzinę.' })).toBe(true);
		const after = qsOf(db, id);
		expect(after.find((q) => q.id === first.id)).toMatchObject({ approved: true, archived: false });
		expect(after.find((q) => q.id === second.id)).toMatchObject({ prompt: 'Moje pytanie?', origin: 'edited' });
		expect(after.find((q) => q.id === 'own')).toMatchObject({ prompt: 'Ile kosztował most?', archived: false });
	});

	it('archives vanished generated questions that learners answered and deletes unused ones', () => {
		const db = articleWorld();
		const id = createArticle(db, 'anna', input);
		const before = qsOf(db, id);
		const answered = before.find((q) => q.prompt.length > 0)!;
		db.insert(assignments).values({ id: 'z1', articleId: id, classId: 'klasa-a', teacherId: 'anna' }).run();
		db.insert(assignmentQuestions).values({ assignmentId: 'z1', questionId: answered.id, position: 0 }).run();
		db.insert(attempts).values({ id: 'at1', userId: 'ola', assignmentId: 'z1' }).run();
		db.insert(answers)
			.values({ id: 'an1', attemptId: 'at1', questionId: answered.id, given: 'x', correct: false, verdict: 'incorrect', feedback: '' })
			.run();

		updateArticle(db, 'anna', id, { ...input, rawText: 'Zupełnie inny tekst. Kot Filemon śpi na kanapie w salonie od rana.' });
		const after = qsOf(db, id);
		expect(after.find((q) => q.id === answered.id)).toMatchObject({ archived: true });
		for (const q of before) if (q.id !== answered.id) expect(after.some((a) => a.id === q.id && !a.archived)).toBe(false);
		expect(db.select().from(answers).all()).toHaveLength(1);
	});

	it("changes nothing for another teacher's article", () => {
		const db = articleWorld();
		const id = createArticle(db, 'anna', input);
		expect(updateArticle(db, 'bogdan', id, { ...input, title: 'Przejęty' })).toBe(false);
		expect(db.select().from(articles).where(eq(articles.id, id)).get()!.title).toBe('Most');
	});
});
