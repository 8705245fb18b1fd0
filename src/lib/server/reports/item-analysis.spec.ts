import { describe, expect, it } from 'vitest';
import { analyseItems, extremeGroups, type ItemAnswer } from './item-analysis';
import { normalizeAnswer } from '$lib/polish/normalize';

/** Builds answers from a grid: rows are learners, '1' correct, '0' wrong, '-' not answered. */
function grid(rows: Record<string, string>, wrongText = 'zła'): ItemAnswer[] {
	return Object.entries(rows).flatMap(([userId, marks]) =>
		[...marks].flatMap((m, i) =>
			m === '-' ? [] : [{ userId, questionId: `q${i + 1}`, correct: m === '1', given: m === '1' ? 'dobra' : wrongText }]
		)
	);
}

describe('facility and discrimination', () => {
	// Ten learners, totals 4,4,3,3,2,2,2,1,1,0 → groups of ceil(2.7) = 3.
	const answers = grid({
		a: '1111',
		b: '1111',
		c: '1110',
		d: '1101',
		e: '1100',
		f: '0110',
		g: '1010',
		h: '1000',
		i: '0001',
		j: '0000'
	});
	const stats = analyseItems(['q1', 'q2', 'q3', 'q4'], answers);

	it('facility is the share of correct answers', () => {
		expect(stats.map((s) => s.facility)).toEqual([0.7, 0.6, 0.5, 0.4]);
	});
	it('discrimination compares the top and bottom 27% by total score', () => {
		// upper = a, b, c (ties at 3 broken by id: c before d); lower = h, i, j
		expect(
			extremeGroups(
				new Map([
					['x', 1],
					['y', 0]
				])
			)
		).toEqual({ upper: ['x'], lower: ['y'] });
		expect(stats[0].discrimination).toBeCloseTo(1 - 1 / 3, 10);
		expect(stats[1].discrimination).toBeCloseTo(1, 10);
		expect(stats[2].discrimination).toBeCloseTo(1, 10);
		expect(stats[3].discrimination).toBeCloseTo(2 / 3 - 1 / 3, 10);
	});
	it('an item the weak get right and the strong get wrong discriminates negatively', () => {
		const s = analyseItems(['q1', 'q2'], grid({ a: '01', b: '01', c: '10', d: '10', e: '1-' }));
		// totals: a1 b1 c1 d1 e1 → upper a,b; lower d,e
		expect(s[0].discrimination).toBeCloseTo(-1, 10);
		expect(s[0].facility).toBeCloseTo(0.6, 10);
	});
	it('has no value without answers or with a single learner', () => {
		const s = analyseItems(['q1', 'q9'], grid({ a: '1' }));
		expect(s[0].discrimination).toBeNull();
		expect(s[1]).toMatchObject({ answered: 0, facility: null });
	});
});

describe('common wrong answers', () => {
	it('groups answers that differ only in case, spacing and final punctuation', () => {
		expect(normalizeAnswer('  W  Warszawie. ')).toBe('w warszawie');
		expect(normalizeAnswer('„Kraków”')).toBe('kraków');
		const answers: ItemAnswer[] = [
			{ userId: 'a', questionId: 'q', correct: false, given: 'Kraków' },
			{ userId: 'b', questionId: 'q', correct: false, given: 'kraków.' },
			{ userId: 'c', questionId: 'q', correct: false, given: 'Gdańsk' },
			{ userId: 'd', questionId: 'q', correct: true, given: 'Warszawa' }
		];
		expect(analyseItems(['q'], answers)[0].commonWrong).toEqual([
			{ text: 'kraków', count: 2 },
			{ text: 'gdańsk', count: 1 }
		]);
	});
});
