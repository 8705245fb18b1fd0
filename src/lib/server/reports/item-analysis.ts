/** Classical item analysis of one assignment: how hard each question was and how well it separates strong from weak readers. */
import { normalizeAnswer } from '$lib/polish/normalize';

export interface ItemAnswer {
	userId: string;
	questionId: string;
	correct: boolean;
	given: string;
}

interface WrongAnswer {
	text: string;
	count: number;
}

export interface ItemStats {
	questionId: string;
	answered: number;
	correct: number;
	/** Share of those who answered that got it right, 0–1; null when nobody answered. */
	facility: number | null;
	/** Share correct in the top 27% minus the bottom 27% (by total score), −1…1; null under two learners. */
	discrimination: number | null;
	commonWrong: WrongAnswer[];
}

/** The classical cut (Kelley): 27% at each end maximises the difference while keeping groups large enough. */
const GROUP_SHARE = 0.27;

function facility(correct: number, answered: number): number | null {
	return answered === 0 ? null : correct / answered;
}

/**
 * Upper and lower groups: learners sorted by total correct (ties broken by id so the result is stable),
 * each group ceil(27% of n), at least one learner.
 */
export function extremeGroups(totals: Map<string, number>): { upper: string[]; lower: string[] } {
	const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
	if (ranked.length < 2) return { upper: [], lower: [] };
	const size = Math.max(1, Math.ceil(ranked.length * GROUP_SHARE));
	const k = Math.min(size, Math.floor(ranked.length / 2));
	return { upper: ranked.slice(0, k), lower: ranked.slice(-k) };
}

/**
 * Item statistics for the given questions from every answer of learners who started the assignment.
 * A learner who skipped a question counts as not correct on it in the group comparison.
 */
export function analyseItems(questionIds: string[], answers: ItemAnswer[], topWrong = 3): ItemStats[] {
	const totals = new Map<string, number>();
	const right = new Set<string>();
	for (const a of answers) {
		totals.set(a.userId, (totals.get(a.userId) ?? 0) + (a.correct ? 1 : 0));
		if (a.correct) right.add(`${a.userId}\u0000${a.questionId}`);
	}
	const { upper, lower } = extremeGroups(totals);
	const share = (group: string[], q: string) => group.filter((u) => right.has(`${u}\u0000${q}`)).length / group.length;

	return questionIds.map((questionId) => {
		const mine = answers.filter((a) => a.questionId === questionId);
		const correct = mine.filter((a) => a.correct).length;
		const wrong = new Map<string, { text: string; count: number }>();
		for (const a of mine) {
			if (a.correct) continue;
			// Grouped by the checker's own normalisation: what it treats as one answer, the report shows as one.
			const key = normalizeAnswer(a.given);
			if (!key) continue;
			const w = wrong.get(key) ?? { text: key, count: 0 };
			w.count++;
			wrong.set(key, w);
		}
		return {
			questionId,
			answered: mine.length,
			correct,
			facility: facility(correct, mine.length),
			discrimination: upper.length ? share(upper, questionId) - share(lower, questionId) : null,
			commonWrong: [...wrong.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'pl')).slice(0, topWrong)
		};
	});
}
