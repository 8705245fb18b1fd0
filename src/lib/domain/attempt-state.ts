// Where a learner is with one assignment. Derived from the attempt row, never stored: an attempt is
// finished when it has a finish time, started once it has an answer.
export type AttemptState = 'not-started' | 'in-progress' | 'done';

export function attemptState(answered: number | null | undefined, finishedAt: unknown): AttemptState {
	return finishedAt ? 'done' : answered ? 'in-progress' : 'not-started';
}

// Each audience reads the state in its own words; every table must name every state.

/** The learner's own list of readings. */
export const STATE_FOR_LEARNER: Record<AttemptState, string> = {
	'not-started': 'Nie zaczęte',
	'in-progress': 'W trakcie',
	done: 'Gotowe'
};

/** A teacher looking at one learner on the assignment page. */
export const STATE_OF_LEARNER: Record<AttemptState, string> = {
	'not-started': 'Nie zaczął',
	'in-progress': 'W trakcie',
	done: 'Ukończył'
};

/** Report cells and CSV files, written lower-case beside the score. */
export const STATE_IN_REPORT: Record<AttemptState, string> = {
	'not-started': 'nie zaczęte',
	'in-progress': 'w trakcie',
	done: 'ukończone'
};
