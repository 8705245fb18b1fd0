import type { Db } from '../db';
import { wordReviewCounts } from '../words/word-review';
import { dueReviewCount } from './queue';

/** Everything due in the learner's review now, questions and words: the count beside "Powtórki" in the menu. */
export function dueNow(db: Db, userId: string, now = Date.now()): number {
	return dueReviewCount(db, userId, now) + wordReviewCounts(db, userId, now).due;
}
