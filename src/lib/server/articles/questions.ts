// The teacher's question review: every function takes the owner's id and touches a question only
// when it belongs to one of the owner's articles; otherwise it returns false and nothing changes.
import { and, asc, eq, sql } from 'drizzle-orm';
import { articleText } from '$lib/polish/article';
import { splitSentences, splitWords } from '$lib/polish/segment';
import type { Evidence } from '$lib/questions/types';
import type { Db } from '../db';
import { questions } from '../db/schema';
import { teacherArticle, teacherQuestion } from '../access/teacher';
import type { QuestionFields } from './question-form';

export function liveQuestions(db: Db, articleId: string) {
	return db
		.select()
		.from(questions)
		.where(and(eq(questions.articleId, articleId), eq(questions.archived, false)))
		.orderBy(asc(questions.position))
		.all();
}

export function setApproved(db: Db, ownerId: string, articleId: string, questionId: string, approved: boolean): boolean {
	if (!teacherQuestion(db, ownerId, articleId, questionId)) return false;
	db.update(questions).set({ approved }).where(eq(questions.id, questionId)).run();
	return true;
}

export function approveAll(db: Db, ownerId: string, articleId: string): boolean {
	if (!teacherArticle(db, ownerId, articleId)) return false;
	db.update(questions)
		.set({ approved: true })
		.where(and(eq(questions.articleId, articleId), eq(questions.archived, false)))
		.run();
	return true;
}

/** Saving an edit marks the question as the teacher's and approved: they have just reviewed it. */
export function updateQuestion(db: Db, ownerId: string, articleId: string, questionId: string, fields: QuestionFields): boolean {
	const q = teacherQuestion(db, ownerId, articleId, questionId);
	if (!q) return false;
	const origin = q.origin === 'teacher' ? 'teacher' : 'edited';
	db.update(questions)
		.set({ ...fields, origin, approved: true })
		.where(eq(questions.id, questionId))
		.run();
	return true;
}

/** "Delete" hides the question (archived): answers learners already gave keep their question. */
export function archiveQuestion(db: Db, ownerId: string, articleId: string, questionId: string): boolean {
	if (!teacherQuestion(db, ownerId, articleId, questionId)) return false;
	db.update(questions).set({ archived: true, approved: false }).where(eq(questions.id, questionId)).run();
	return true;
}

/** Swaps the question with its visible neighbour; positions are renumbered 0..n-1 on the way. */
export function moveQuestion(db: Db, ownerId: string, articleId: string, questionId: string, direction: 'up' | 'down'): boolean {
	if (!teacherQuestion(db, ownerId, articleId, questionId)) return false;
	const ids = liveQuestions(db, articleId).map((q) => q.id);
	const i = ids.indexOf(questionId);
	const j = direction === 'up' ? i - 1 : i + 1;
	if (j >= 0 && j < ids.length) [ids[i], ids[j]] = [ids[j], ids[i]];
	db.transaction((tx) => {
		ids.forEach((id, position) => tx.update(questions).set({ position }).where(eq(questions.id, id)).run());
	});
	return true;
}

const wordsOf = (s: string) =>
	new Set(
		splitWords(s.toLocaleLowerCase('pl'))
			.map((w) => w.text)
			.filter((w) => w.length > 2)
	);

/** The sentence that best supports a teacher's question: one containing the answer, else most shared words. */
export function findEvidence(text: string, fields: Pick<QuestionFields, 'prompt' | 'answer'>): Evidence {
	const answer = fields.answer.toLocaleLowerCase('pl');
	const wanted = wordsOf(`${fields.prompt} ${fields.answer}`);
	let best: Evidence = { sentence: '', start: -1, end: -1 };
	let bestScore = 0;
	for (const s of splitSentences(text)) {
		const own = wordsOf(s.text);
		let score = [...wanted].filter((w) => own.has(w)).length;
		if (answer.length > 1 && s.text.toLocaleLowerCase('pl').includes(answer)) score += 5;
		if (score > bestScore) {
			bestScore = score;
			best = { sentence: s.text, start: s.start, end: s.end };
		}
	}
	return best;
}

export function addQuestion(db: Db, ownerId: string, articleId: string, fields: QuestionFields): string | null {
	const article = teacherArticle(db, ownerId, articleId);
	if (!article) return null;
	const id = crypto.randomUUID();
	const next = db
		.select({ n: sql<number>`coalesce(max(${questions.position}) + 1, 0)` })
		.from(questions)
		.where(and(eq(questions.articleId, articleId), eq(questions.archived, false)))
		.get()!.n;
	db.insert(questions)
		.values({
			id,
			articleId,
			position: next,
			genKey: null,
			origin: 'teacher',
			approved: true,
			...fields,
			evidence: findEvidence(articleText(article.blocks), fields),
			difficulty: 2,
			score: 1
		})
		.run();
	return id;
}
