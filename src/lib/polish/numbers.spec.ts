import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalUnit, findQuantities, formatPolishNumber, isYearLike, parsePolishNumber, parseQuantity } from './numbers';

describe('parsePolishNumber', () => {
	it.each([
		['122000', 122000],
		['122 000', 122000],
		['122\u00a0000', 122000],
		['122\u2009000', 122000],
		['122\u202f000', 122000],
		['122 tys.', 122000],
		['122tys.', 122000],
		['122 tysiące', 122000],
		['1,5 mln', 1_500_000],
		['2 mld', 2_000_000_000],
		['4,9', 4.9],
		['4.9', 4.9],
		['1.500', 1500],
		['1.500.000', 1_500_000],
		['sto dwadzieścia dwa tysiące', 122000],
		['Sto Dwadzieścia Dwa Tysiące', 122000],
		['trzech', 3],
		['dwunastu', 12],
		['pięciuset', 500],
		['dwunastego', 12],
		['dwudziestym pierwszym', 21],
		['dwa tysiące dwudziestego drugiego', 2022],
		['trzech tysięcy pięciuset', 3500],
		['milion dwieście tysięcy', 1_200_000],
		['półtora', 1.5],
		['półtora tysiąca', 1500],
		['pół miliona', 500_000],
		['tysiąc', 1000],
		['12.', 12],
		['12-go', 12],
		['-5', -5]
	])('%s → %d', (text, value) => {
		expect(parsePolishNumber(text)).toBe(value);
	});

	it.each(['kilkanaście', 'kilka', 'kilkuset', 'tysiące', 'milionów', 'dwa trzy', 'sto sto', 'jedenaście dwa', 'abc', '', '122 żołnierzy'])(
		'%s is not one definite number',
		(text) => {
			expect(parsePolishNumber(text)).toBeNull();
		}
	);
});

describe('parseQuantity and units', () => {
	it('maps unit words to one symbol', () => {
		expect(parseQuantity('200 kilometrów')).toEqual({ value: 200, unit: 'km' });
		expect(parseQuantity('200 km')).toEqual({ value: 200, unit: 'km' });
		expect(parseQuantity('4,9 proc.')).toEqual({ value: 4.9, unit: '%' });
		expect(parseQuantity('4.9%')).toEqual({ value: 4.9, unit: '%' });
		expect(parseQuantity('1,5 mln zł')).toEqual({ value: 1_500_000, unit: 'zł' });
		expect(canonicalUnit('procent')).toBe('%');
		expect(canonicalUnit('złotych')).toBe('zł');
		expect(canonicalUnit('osób')).toBeNull();
	});
});

describe('findQuantities', () => {
	const text =
		'W 2002 roku wydano 1,5 mln zł, a inflacja wyniosła 4,9% (4,9 proc.). Przeszli 200 kilometrów. ' +
		'Pięciu żołnierzy i dwa tysiące osób. Jeden z nich. 12 stycznia 2022 r. i 12.01.2022, w latach 90., ' +
		'2016–2019, o godz. 12:30, F-16, 5-letni, 10 000 dolarów, 7 punktów procentowych. Kilkanaście osób.';
	const found = findQuantities(text);

	it('finds amounts with offsets, multipliers and units', () => {
		expect(found.map((q) => [q.text, q.value, q.unit])).toEqual([
			['1,5 mln zł', 1_500_000, 'zł'],
			['4,9%', 4.9, '%'],
			['4,9 proc.', 4.9, '%'],
			['200 kilometrów', 200, 'km'],
			['Pięciu', 5, undefined],
			['dwa tysiące', 2000, undefined],
			['10 000 dolarów', 10000, 'USD'],
			['7 punktów procentowych', 7, 'pp']
		]);
		for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
	});

	it('finds the quantities of the seed article but not its dates', () => {
		const seed = readFileSync('/work/shared/seed-article.txt', 'utf8');
		expect(findQuantities(seed).map((q) => q.text)).toEqual(['122 tysiące', '200 km']);
	});
});

describe('isYearLike', () => {
	const at = (text: string, n: string) => isYearLike(text, text.indexOf(n), text.indexOf(n) + n.length);
	it('recognises years by their context', () => {
		expect(at('w 2002 roku', '2002')).toBe(true);
		expect(at('Rada powstała 2002 r.', '2002')).toBe(true);
		expect(at('stało się to w 2002', '2002')).toBe(true);
		expect(at('12 stycznia 2022', '2022')).toBe(true);
		expect(at('okres 2016-2019', '2019')).toBe(true);
		expect(at('przybyło 2000 osób', '2000')).toBe(false);
		expect(at('w 2000 km', '2000')).toBe(false);
		expect(at('w 3000 roku', '3000')).toBe(false);
	});
});

describe('formatting', () => {
	it('groups digits the Polish way', () => {
		expect(formatPolishNumber(122000)).toBe('122 000');
		expect(formatPolishNumber(122000, { nbsp: true })).toBe('122\u00a0000');
		expect(formatPolishNumber(4.9)).toBe('4,9');
		expect(formatPolishNumber(1222)).toBe('1222');
	});
});
