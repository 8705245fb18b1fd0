import type { Db } from '../db';
import { learnerAttempt, type LearnerAssignment } from '../access/learner';
import { assignmentQuestionRows, attemptAnswers, getArticle } from './readings';

/**
 * What a learner's reading page shows, for an assignment they may see (from learnerAssignment).
 * Expected answers and evidence of a question are sent only once the learner has answered it,
 * so the page source never gives answers away.
 */
export function loadReading(db: Db, userId: string, assignment: LearnerAssignment) {
	// Never missing: deleting an article deletes its assignments (on delete cascade).
	const article = getArticle(db, assignment.articleId)!;
	const attempt = learnerAttempt(db, userId, assignment.id);
	const given = new Map((attempt ? attemptAnswers(db, attempt.id) : []).map((a) => [a.questionId, a]));
	const questions = assignmentQuestionRows(db, assignment.id).map((q) => {
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
