export type CellState = 'not-started' | 'in-progress' | 'done';

export function cellState(answered: number | null | undefined, finishedAt: unknown): CellState {
	return finishedAt ? 'done' : answered ? 'in-progress' : 'not-started';
}

export const STATE_LABEL: Record<CellState, string> = {
	'not-started': 'nie zaczęte',
	'in-progress': 'w trakcie',
	done: 'ukończone'
};
