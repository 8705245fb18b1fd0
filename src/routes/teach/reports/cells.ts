import { percent } from '$lib/components/charts/format';

type Cell = { state: 'not-started' | 'in-progress' | 'done'; answered: number; correct: number; total: number };

/** A cell says its state in words (never by colour alone) and the score as "correct z total". */
export function cellText(c: Cell): string {
	if (c.state === 'done') return `ukończone: ${c.correct} z ${c.total} (${percent(c.total ? c.correct / c.total : null)})`;
	if (c.state === 'in-progress') return `w trakcie: ${c.answered} z ${c.total}`;
	return 'nie zaczęte';
}

export const STATE_TEXT = { 'not-started': 'nie zaczęte', 'in-progress': 'w trakcie', done: 'ukończone' } as const;
