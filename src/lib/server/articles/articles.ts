import { cleanArticle } from '$lib/polish/clean';
import { articleText } from '$lib/polish/article';
import { splitWords } from '$lib/polish/segment';
import { generateQuestions } from '$lib/questions/generate';
import type { Db } from '../db';
import { articles, questions } from '../db/schema';

export interface ArticleInput {
	title: string;
	source?: string;
	publishedOn?: string | null;
	rawText: string;
}

export const MAX_QUESTIONS = 12;

export function createArticle(db: Db, ownerId: string, input: ArticleInput) {
	const cleaned = cleanArticle(input.rawText);
	const text = articleText(cleaned.blocks);
	const id = crypto.randomUUID();
	const generated = generateQuestions(text, { max: MAX_QUESTIONS });
	db.transaction((tx) => {
		tx.insert(articles)
			.values({
				id,
				ownerId,
				title: input.title.trim(),
				source: input.source?.trim() ?? '',
				publishedOn: input.publishedOn ?? null,
				rawText: input.rawText,
				blocks: cleaned.blocks,
				removed: cleaned.removed,
				wordCount: splitWords(text).length
			})
			.run();
		generated.forEach((q, position) => {
			tx.insert(questions)
				.values({
					id: crypto.randomUUID(),
					articleId: id,
					position,
					genKey: q.key,
					origin: 'generated',
					approved: false,
					type: q.type,
					prompt: q.prompt,
					answer: q.answer,
					accept: q.accept,
					options: q.options,
					evidence: q.evidence,
					skill: q.skill,
					difficulty: q.difficulty,
					score: q.score
				})
				.run();
		});
	});
	return id;
}
