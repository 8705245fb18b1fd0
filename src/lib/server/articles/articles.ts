import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { generateQuestions } from '$lib/questions/generate';
import type { Question } from '$lib/questions/types';
import type { Db } from '../db';
import { answers, articles, assignmentQuestions, assignments, questions } from '../db/schema';
import { prepareArticle } from './prepare';
import { englishMeanings } from '../words/glossary-file';
import { planRegeneration, type ExistingQuestion } from './regenerate';
import { teacherArticle } from '../access/teacher';

export interface ArticleInput {
	title: string;
	source?: string;
	publishedOn?: string | null;
	rawText: string;
	/** Texts of removed parts the teacher restored. */
	keep?: string[];
}

const MAX_QUESTIONS = 12;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

function generatedRow(articleId: string, position: number, q: Question) {
	return {
		id: crypto.randomUUID(),
		articleId,
		position,
		genKey: q.key,
		origin: 'generated' as const,
		approved: false,
		...generatedContent(q)
	};
}

function generatedContent(q: Question) {
	return {
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		accept: q.accept,
		options: q.options,
		evidence: q.evidence,
		skill: q.skill,
		difficulty: q.difficulty,
		score: q.score
	};
}

function articleColumns(input: ArticleInput) {
	const prepared = prepareArticle(input.rawText, input.keep ?? []);
	return {
		prepared,
		values: {
			title: input.title.trim(),
			source: input.source?.trim() ?? '',
			publishedOn: input.publishedOn || null,
			rawText: input.rawText,
			blocks: prepared.blocks,
			removed: prepared.removed,
			wordCount: prepared.wordCount,
			readability: prepared.readability.fog,
			level: prepared.readability.band
		}
	};
}

/** The article's row and its generated questions, worked out before any transaction (generation takes a while). */
export function newArticle(input: ArticleInput) {
	const { prepared, values } = articleColumns(input);
	return { values, generated: generateQuestions(prepared.text, { max: MAX_QUESTIONS, meaning: englishMeanings }) };
}

export function insertArticle(db: Db, ownerId: string, { values, generated }: ReturnType<typeof newArticle>): string {
	const id = crypto.randomUUID();
	db.transaction((tx) => {
		tx.insert(articles)
			.values({ id, ownerId, ...values })
			.run();
		generated.forEach((q, position) =>
			tx
				.insert(questions)
				.values(generatedRow(id, position, q))
				.run()
		);
	});
	return id;
}

export function createArticle(db: Db, ownerId: string, input: ArticleInput) {
	return insertArticle(db, ownerId, newArticle(input));
}

/** The owner's articles in use: archived ones are listed apart (lifecycle.ts). */
export function listArticles(db: Db, ownerId: string) {
	// Conditions go in fragments of their own: drizzle leaves columns written straight into a
	// select-list template unqualified, and "article_id" = "id" would then compare within the subquery.
	const live = sql`${questions.articleId} = ${articles.id} and ${questions.archived} = 0`;
	const used = sql`${assignments.articleId} = ${articles.id}`;
	return db
		.select({
			id: articles.id,
			title: articles.title,
			source: articles.source,
			publishedOn: articles.publishedOn,
			wordCount: articles.wordCount,
			level: articles.level,
			readability: articles.readability,
			createdAt: articles.createdAt,
			questions: sql<number>`(select count(*) from ${questions} where ${live})`,
			approved: sql<number>`(select count(*) from ${questions} where ${live} and ${questions.approved} = 1)`,
			assignments: sql<number>`(select count(*) from ${assignments} where ${used})`
		})
		.from(articles)
		.where(and(eq(articles.ownerId, ownerId), isNull(articles.archivedAt)))
		.orderBy(desc(articles.createdAt))
		.all();
}

/** Question ids of an article that answers or assignments refer to: these are archived, never deleted. */
function referencedQuestions(tx: Tx, ids: string[]): Set<string> {
	if (ids.length === 0) return new Set();
	const a = tx.select({ id: answers.questionId }).from(answers).where(inArray(answers.questionId, ids)).all();
	const b = tx
		.select({ id: assignmentQuestions.questionId })
		.from(assignmentQuestions)
		.where(inArray(assignmentQuestions.questionId, ids))
		.all();
	return new Set([...a, ...b].map((r) => r.id));
}

/**
 * Saves a new text and metadata for an owned article and regenerates its questions (see regenerate.ts).
 * Returns false when the article is not the owner's: nothing changes.
 */
export function updateArticle(db: Db, ownerId: string, articleId: string, input: ArticleInput): boolean {
	if (!teacherArticle(db, ownerId, articleId)) return false;
	const { prepared, values } = articleColumns(input);
	const generated = generateQuestions(prepared.text, { max: MAX_QUESTIONS, meaning: englishMeanings });
	db.transaction((tx) => {
		tx.update(articles)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(articles.id, articleId))
			.run();
		const existing = tx.select().from(questions).where(eq(questions.articleId, articleId)).all();
		const plan = planRegeneration(
			existing.map((q) => q satisfies ExistingQuestion),
			generated,
			prepared.text,
			referencedQuestions(
				tx,
				existing.map((q) => q.id)
			)
		);
		for (const { id, question } of plan.refresh) tx.update(questions).set(generatedContent(question)).where(eq(questions.id, id)).run();
		for (const { id, evidence } of plan.relocate) tx.update(questions).set({ evidence }).where(eq(questions.id, id)).run();
		if (plan.archive.length) tx.update(questions).set({ archived: true }).where(inArray(questions.id, plan.archive)).run();
		if (plan.remove.length) tx.delete(questions).where(inArray(questions.id, plan.remove)).run();
		// Archived questions sort after the visible ones so positions of visible ones stay 0..n-1.
		const hidden = existing.filter((q) => q.archived || plan.archive.includes(q.id)).map((q) => q.id);
		plan.order.forEach((item, position) => {
			if ('id' in item) tx.update(questions).set({ position }).where(eq(questions.id, item.id)).run();
			else
				tx.insert(questions)
					.values(generatedRow(articleId, position, item.add))
					.run();
		});
		hidden.forEach((id, i) =>
			tx
				.update(questions)
				.set({ position: plan.order.length + i })
				.where(eq(questions.id, id))
				.run()
		);
	});
	return true;
}
