// How a self-study learner's level is found and kept right (ReadTheory-style), as pure functions over what they did:
// a short placement suggests a level, then results at that level move it up or down. Nothing here is stored: the
// level is replayed from the readings themselves, so it can never disagree with them. See docs/library.md.
import { LEARNER_LEVELS, type LearnerLevel } from '$lib/domain/learner-levels';
import { LIBRARY_LEVELS, type LibraryLevel } from '$lib/library/levels';

/** A placement step counts as passed from this share of right answers (3 of 5). */
export const PLACEMENT_PASS = 0.6;
/** This many readings in a row at the learner's level, each at least UP_SCORE, move the level up. */
export const UP_RUN = 3;
export const UP_SCORE = 0.8;
/** This many in a row below DOWN_SCORE move it down: two, so a struggling learner is not left struggling for long. */
export const DOWN_RUN = 2;
export const DOWN_SCORE = 0.5;

const rank = (l: LearnerLevel) => LEARNER_LEVELS.indexOf(l);
const step = (l: LearnerLevel, by: number): LearnerLevel => LEARNER_LEVELS[Math.max(0, Math.min(LEARNER_LEVELS.length - 1, rank(l) + by))];

/** The library level a learner at `level` reads: the library ends at B2, so a C1 learner reads B2. */
export function textLevelFor(level: LearnerLevel): LibraryLevel {
	const top = LIBRARY_LEVELS.length - 1;
	return LIBRARY_LEVELS[Math.min(rank(level), top)];
}

/**
 * The placement's levels, easiest first: from one below the learner's own rating, up to three levels within the
 * library (A1 → A1, A2, B1; B1 → A2, B1, B2; B2 or C1 → B1, B2).
 */
export function placementLevels(self: LearnerLevel): LibraryLevel[] {
	const top = LIBRARY_LEVELS.length - 1;
	const end = Math.min(Math.max(rank(self) - 1, 0) + 2, top);
	const start = Math.max(0, Math.min(rank(self) - 1, end - 1));
	return LIBRARY_LEVELS.slice(start, end + 1);
}

export interface PlacementStep {
	level: LibraryLevel;
	/** Share of right answers once the reading is finished; null before (or when not opened yet). */
	score: number | null;
	/** The step's reading, once opened. */
	assignmentId: string | null;
	finishedAt: number | null;
}

export type Placement =
	| { state: 'open'; steps: PlacementStep[]; next: PlacementStep }
	| { state: 'done'; steps: PlacementStep[]; suggested: LearnerLevel; at: number };

/**
 * Where the placement stands, from the readings taken so far (in order). A step below PLACEMENT_PASS ends it; the
 * suggestion is the highest level passed, or one below the first step when none was.
 */
export function placement(self: LearnerLevel, taken: Omit<PlacementStep, 'level'>[]): Placement {
	const steps: PlacementStep[] = placementLevels(self).map((level, i) => ({
		level,
		...(taken[i] ?? { score: null, assignmentId: null, finishedAt: null })
	}));
	let passed: LibraryLevel | null = null;
	for (const s of steps) {
		if (s.score === null) return { state: 'open', steps, next: s };
		if (s.score < PLACEMENT_PASS) return done(steps, passed, s.finishedAt!);
		passed = s.level;
	}
	return done(steps, passed, steps[steps.length - 1].finishedAt!);
}

function done(steps: PlacementStep[], passed: LibraryLevel | null, at: number): Placement {
	const suggested = passed ?? step(steps[0].level, -1);
	return { state: 'done', steps: steps.filter((s) => s.score !== null), suggested, at };
}

/** A finished library reading outside the placement. */
export interface Result {
	level: LibraryLevel;
	score: number;
	at: number;
}

export interface LevelChange {
	at: number;
	from: LearnerLevel | null;
	to: LearnerLevel;
	why: 'self' | 'placement' | 'up' | 'down';
	/** The scores that moved it (placement: one per step). */
	scores: number[];
}

export interface LevelState {
	level: LearnerLevel;
	changes: LevelChange[];
	/** Readings in a row at the level, counted towards a move. */
	highs: number[];
	lows: number[];
}

/**
 * Replays the learner's history: the self-rating, then the placement's suggestion when it ended, then every finished
 * library reading at the learner's level (readings at other levels neither count nor break a run).
 */
export function replayLevel(self: { level: LearnerLevel; at: number }, placed: Placement | null, results: Result[]): LevelState {
	const s: LevelState = {
		level: self.level,
		changes: [{ at: self.at, from: null, to: self.level, why: 'self', scores: [] }],
		highs: [],
		lows: []
	};
	type Event = { at: number; result: Result } | { at: number; suggested: LearnerLevel; scores: number[] };
	const events: Event[] = results.map((result) => ({ at: result.at, result }));
	if (placed?.state === 'done') events.push({ at: placed.at, suggested: placed.suggested, scores: placed.steps.map((x) => x.score ?? 0) });
	events.sort((a, b) => a.at - b.at);
	const change = (at: number, to: LearnerLevel, why: LevelChange['why'], scores: number[]) => {
		s.changes.push({ at, from: s.level, to, why, scores });
		s.level = to;
		s.highs = [];
		s.lows = [];
	};
	for (const e of events) {
		if ('suggested' in e) {
			change(e.at, e.suggested, 'placement', e.scores);
			continue;
		}
		const r = e.result;
		if (r.level !== textLevelFor(s.level)) continue;
		if (r.score >= UP_SCORE) {
			s.highs.push(r.score);
			s.lows = [];
		} else if (r.score < DOWN_SCORE) {
			s.lows.push(r.score);
			s.highs = [];
		} else {
			s.highs = [];
			s.lows = [];
		}
		if (s.highs.length >= UP_RUN && rank(s.level) < LEARNER_LEVELS.length - 1) change(r.at, step(s.level, 1), 'up', s.highs);
		else if (s.lows.length >= DOWN_RUN && rank(s.level) > 0) change(r.at, step(s.level, -1), 'down', s.lows);
	}
	return s;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** Why the level is what it is, in words a learner reads on the progress page. */
export function changeReason(c: LevelChange): string {
	switch (c.why) {
		case 'self':
			return 'Twoja własna ocena.';
		case 'placement':
			return `Wynik testu poziomu: ${c.scores.map(pct).join(', ')} (zaliczony poziom to co najmniej ${pct(PLACEMENT_PASS)}).`;
		case 'up':
			return `${UP_RUN} teksty z rzędu na poziomie ${c.from} z wynikiem co najmniej ${pct(UP_SCORE)}: ${c.scores.map(pct).join(', ')}.`;
		case 'down':
			return `${DOWN_RUN} teksty z rzędu na poziomie ${c.from} z wynikiem poniżej ${pct(DOWN_SCORE)}: ${c.scores.map(pct).join(', ')}. Trochę łatwiejsze teksty pomogą.`;
	}
}
