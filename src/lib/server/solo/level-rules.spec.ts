import { describe, expect, it } from 'vitest';
import { changeReason, placement, placementLevels, replayLevel, textLevelFor, type Result } from './level-rules';

const taken = (...scores: number[]) => scores.map((score, i) => ({ score, assignmentId: `a${i}`, finishedAt: 1000 + i }));

describe('placement', () => {
	it('takes two or three library levels from one below the self-rating', () => {
		expect(placementLevels('A1')).toEqual(['A1', 'A2', 'B1']);
		expect(placementLevels('A2')).toEqual(['A1', 'A2', 'B1']);
		expect(placementLevels('B1')).toEqual(['A2', 'B1', 'B2']);
		expect(placementLevels('B2')).toEqual(['B1', 'B2']);
		expect(placementLevels('C1')).toEqual(['B1', 'B2']);
	});

	it('goes on while the steps are passed and suggests the highest level passed', () => {
		expect(placement('B1', [])).toMatchObject({ state: 'open', next: { level: 'A2' } });
		expect(placement('B1', taken(1))).toMatchObject({ state: 'open', next: { level: 'B1' } });
		expect(placement('B1', taken(1, 0.8, 0.6))).toMatchObject({ state: 'done', suggested: 'B2', at: 1002 });
		expect(placement('B1', taken(1, 0.6, 0.4))).toMatchObject({ state: 'done', suggested: 'B1' });
	});

	it('stops at the first step failed; failing the first suggests the level below it', () => {
		const p = placement('B1', taken(0.8, 0.2));
		expect(p).toMatchObject({ state: 'done', suggested: 'A2', at: 1001 });
		expect(p.steps).toHaveLength(2);
		expect(placement('B1', taken(0.4))).toMatchObject({ state: 'done', suggested: 'A1' });
		expect(placement('A1', taken(0.2))).toMatchObject({ state: 'done', suggested: 'A1' });
	});

	it('waits for an opened step that is not finished', () => {
		const p = placement('A2', [{ score: null, assignmentId: 'a0', finishedAt: null }]);
		expect(p).toMatchObject({ state: 'open', next: { level: 'A1', assignmentId: 'a0' } });
	});
});

const at = (level: Result['level'], ...scores: number[]) => scores.map((score, i) => ({ level, score, at: 2000 + i }));

describe('the level after the placement', () => {
	it('starts at the self-rating, then takes the placement suggestion', () => {
		expect(replayLevel({ level: 'B1', at: 0 }, null, []).level).toBe('B1');
		const placed = placement('B1', taken(0.8, 0.2));
		const s = replayLevel({ level: 'B1', at: 0 }, placed, []);
		expect(s.level).toBe('A2');
		expect(s.changes.map((c) => [c.why, c.to])).toEqual([
			['self', 'B1'],
			['placement', 'A2']
		]);
		expect(changeReason(s.changes[1])).toBe('Wynik testu poziomu: 80%, 20% (zaliczony poziom to co najmniej 60%).');
	});

	it('moves up after three high scores in a row at the level, with the reason', () => {
		const s = replayLevel({ level: 'A2', at: 0 }, null, at('A2', 0.8, 0.9, 1));
		expect(s.level).toBe('B1');
		expect(changeReason(s.changes[1])).toBe('3 teksty z rzędu na poziomie A2 z wynikiem co najmniej 80%: 80%, 90%, 100%.');
		expect(s.highs).toEqual([]);
	});

	it('needs the three in a row: a middle score starts the count again', () => {
		const s = replayLevel({ level: 'A2', at: 0 }, null, at('A2', 0.9, 0.9, 0.6, 0.9, 0.9));
		expect(s.level).toBe('A2');
		expect(s.highs).toEqual([0.9, 0.9]);
	});

	it('moves down after two low scores in a row, never below A1', () => {
		expect(replayLevel({ level: 'B1', at: 0 }, null, at('B1', 0.4, 0.2)).level).toBe('A2');
		expect(replayLevel({ level: 'A1', at: 0 }, null, at('A1', 0, 0)).level).toBe('A1');
	});

	it('counts only readings at the learner’s level; a C1 learner reads B2 and stays at most C1', () => {
		expect(replayLevel({ level: 'B1', at: 0 }, null, at('A1', 1, 1, 1)).level).toBe('B1');
		expect(textLevelFor('C1')).toBe('B2');
		expect(
			replayLevel({ level: 'B2', at: 0 }, null, [...at('B2', 1, 1, 1), ...at('B2', 1, 1, 1).map((r) => ({ ...r, at: r.at + 10 }))]).level
		).toBe('C1');
	});

	it('replays in time order: results before the placement ended count for the old level only', () => {
		const placed = placement('A1', taken(1, 1, 1));
		const early = at('A1', 1, 1, 1).map((r, i) => ({ ...r, at: 10 + i }));
		const s = replayLevel({ level: 'A1', at: 0 }, placed, early);
		expect(s.changes.map((c) => [c.why, c.to])).toEqual([
			['self', 'A1'],
			['up', 'A2'],
			['placement', 'B1']
		]);
	});
});
