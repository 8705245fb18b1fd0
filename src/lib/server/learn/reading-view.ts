import { and, asc, eq, sql } from 'drizzle-orm';
import type { Block } from '$lib/polish/article';
import type { Evidence } from '$lib/questions/types';
import { pl } from '$lib/domain/plural';
import { formatDate } from '$lib/warsaw-time';
import type { Db } from '../db';
import { perConnection } from '../db/prepared';
import { answers, articles, assignmentQuestions, questions } from '../db/schema';
import { learnerAttempt, type LearnerAssignment } from '../access/learner';
import { lastFew } from './last-few';
import { spokenParts, type SpokenPart } from '$lib/read-aloud/parts';

const p = {
	articleId: sql.placeholder('articleId'),
	assignmentId: sql.placeholder('assignmentId'),
	attemptId: sql.placeholder('attemptId')
};
/** Only for a question the learner has answered: before that, its expected answer and evidence stay in the database. */
const onceAnswered = <T>(column: typeof questions.answer | typeof questions.evidence) =>
	sql<T | null>`case when ${answers.id} is null then null else ${column} end`;

const statements = perConnection((db) => ({
	article: db
		.select({
			title: articles.title,
			source: articles.source,
			publishedOn: articles.publishedOn,
			wordCount: articles.wordCount,
			// Raw JSON: parsed once per text (blocksOf), not on every visit.
			blocks: sql<string>`${articles.blocks}`
		})
		.from(articles)
		.where(eq(articles.id, p.articleId))
		.prepare(),
	questions: db
		.select({
			id: questions.id,
			type: questions.type,
			prompt: questions.prompt,
			options: questions.options,
			given: answers.given,
			correct: answers.correct,
			kind: answers.verdict,
			feedback: answers.feedback,
			answer: onceAnswered<string>(questions.answer),
			evidence: onceAnswered<string>(questions.evidence)
		})
		.from(assignmentQuestions)
		.innerJoin(questions, eq(questions.id, assignmentQuestions.questionId))
		// No attempt yet: attemptId is null, which matches no answer.
		.leftJoin(answers, and(eq(answers.attemptId, p.attemptId), eq(answers.questionId, questions.id)))
		.where(eq(assignmentQuestions.assignmentId, p.assignmentId))
		.orderBy(asc(assignmentQuestions.position))
		.prepare()
}));

// An article's text can still be edited after it is assigned (articles/articles.ts), so parsed blocks are
// kept by their stored JSON itself: a new text is a new key, and nothing depends on every writer saying so.
const blocksOf = lastFew(64, (json: string) => JSON.parse(json) as Block[]);
const dayLabel = lastFew(256, (day: string) => formatDate(day));

/**
 * What a learner's reading page shows, for an assignment they may see (from learnerAssignment).
 * Expected answers and evidence of a question are sent only once the learner has answered it,
 * so the page source never gives answers away. Dates and counts come as text: the page then needs
 * no time-zone or plural code of its own.
 */
export function loadReading(db: Db, userId: string, assignment: LearnerAssignment) {
	const s = statements(db);
	// Never missing: deleting an article deletes its assignments (on delete cascade).
	const article = s.article.get({ articleId: assignment.articleId })!;
	const attemptId = learnerAttempt(db, userId, assignment.id)?.id ?? null;
	const rows = s.questions.all({ assignmentId: assignment.id, attemptId });
	return {
		assignment: { id: assignment.id, due: assignment.dueAt && formatDate(assignment.dueAt), className: assignment.className },
		article: {
			title: article.title,
			source: article.source,
			published: article.publishedOn && dayLabel(article.publishedOn),
			words: pl(article.wordCount, ['słowo', 'słowa', 'słów']),
			blocks: blocksOf(article.blocks)
		},
		questions: rows.map((q) => ({
			id: q.id,
			type: q.type,
			prompt: q.prompt,
			options: q.options,
			result:
				q.given !== null && q.answer !== null && q.evidence !== null
					? {
							given: q.given,
							correct: q.correct!,
							kind: q.kind!,
							feedback: q.feedback!,
							answer: q.answer,
							evidence: evidenceShown(q.evidence)
						}
					: null
		}))
	};
}

/** The part of the evidence the page uses. */
function evidenceShown(json: string) {
	const { sentence, start, end } = JSON.parse(json) as Evidence;
	return { sentence, start, end };
}

const partsOf = lastFew(64, (key: string) => {
	const cut = key.indexOf('\n');
	return spokenParts(key.slice(0, cut), blocksOf(key.slice(cut + 1)));
});

/** The sentences read aloud on a learner's reading page (title first), as spokenParts gives them. */
export function readingSpokenParts(db: Db, assignment: LearnerAssignment): SpokenPart[] {
	const article = statements(db).article.get({ articleId: assignment.articleId })!;
	return partsOf(`${article.title.replace(/\n/g, ' ')}\n${article.blocks}`);
}
