import { formatDate } from '$lib/warsaw-time';
import type { Db } from '../db';
import { learnerLevel } from './level';
import { changeReason, DOWN_RUN, DOWN_SCORE, UP_RUN, UP_SCORE } from './level-rules';

/** The level as the progress page shows it: where it is, why, what would move it, and its history (newest first). */
export function levelSummary(db: Db, userId: string) {
	const found = learnerLevel(db, userId);
	if (!found) return null;
	const last = found.changes[found.changes.length - 1];
	return {
		level: found.level,
		reason: changeReason(last),
		since: formatDate(last.at),
		placementDone: found.placement.state === 'done',
		highs: found.highs.length,
		lows: found.lows.length,
		upRun: UP_RUN,
		downRun: DOWN_RUN,
		upPct: Math.round(100 * UP_SCORE),
		downPct: Math.round(100 * DOWN_SCORE),
		history: found.changes.map((c) => ({ day: formatDate(c.at), from: c.from, to: c.to, reason: changeReason(c) })).reverse()
	};
}
