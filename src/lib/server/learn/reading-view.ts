import type { Db } from '../db';
import { assignmentQuestionRows, attemptAnswers, findAttempt, findLearnerAssignment, getArticle } from './readings';

/**
 * What a learner's reading page shows. Expected answers and evidence of a question are sent
 * only once the learner has answered it, so the page source never gives answers away.
 */
export function loadReading(db: Db, userId: string, assignmentId: string) {
	const assignment = findLearnerAssignment(db, userId, assignmentId);
	if (!assignment) return null;
	const article = getArticle(db, assignment.articleId);
	if (!article) return null;
	const attempt = findAttempt(db, userId, assignmentId);
	const given = new Map((attempt ? attemptAnswers(db, attempt.id) : []).map((a) => [a.questionId, a]));
	const questions = assignmentQuestionRows(db, assignmentId).map((q) => {
		const a = given.get(q.id);
		return {
			id: q.id,
			type: q.type,
			prompt: q.prompt,
			options: q.options,
			result: a
				? {
						given: a.given,
						correct: a.correct,
						kind: a.verdict,
						feedback: a.feedback,
						answer: q.answer,
						evidence: q.evidence
					}
				: null
		};
	});
	return {
		assignment: { id: assignment.id, dueAt: assignment.dueAt, className: assignment.className },
		article: {
			title: article.title,
			source: article.source,
			publishedOn: article.publishedOn,
			wordCount: article.wordCount,
			blocks: article.blocks
		},
		questions
	};
}
