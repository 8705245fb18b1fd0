import { percent } from '$lib/components/charts/format';
import type { AttemptState } from '$lib/domain/attempt-state';

type Cell = { state: AttemptState; answered: number; correct: number; total: number };

/** The score part of a cell; the state is always written out beside it (never colour alone). */
export function cellScore(c: Cell): string {
	if (c.state === 'done') return `${c.correct} z ${c.total} · ${percent(c.total ? c.correct / c.total : null)}`;
	if (c.state === 'in-progress') return `${c.answered} z ${c.total} odp.`;
	return '';
}
