import { describe, expect, it } from 'vitest';
import { findTimeExpressions, type TimeExpr } from './dates';
import { parseTimeAnswer, sameTime } from './dates-answer';

const fields = (t: TimeExpr | null) => {
	if (!t) return null;
	const { start: _s, end: _e, text: _t, prep: _p, ...rest } = t;
	return rest;
};

describe('findTimeExpressions', () => {
	it.each<[string, Partial<TimeExpr>]>([
		['w 2002 roku', { kind: 'year', year: 2002 }],
		['2002 r.', { kind: 'year', year: 2002 }],
		['12 stycznia', { kind: 'date', day: 12, month: 1 }],
		['12 stycznia 2022 r.', { kind: 'date', day: 12, month: 1, year: 2022 }],
		['7 stycznia 2022', { kind: 'date', day: 7, month: 1, year: 2022 }],
		['12.01.2022', { kind: 'date', day: 12, month: 1, year: 2022 }],
		['dwunastego marca', { kind: 'date', day: 12, month: 3 }],
		['we wrześniu 2024 roku', { kind: 'month', month: 9, year: 2024 }],
		['w styczniu', { kind: 'month', month: 1 }],
		['jesienią 2021 roku', { kind: 'season', season: 'jesień', year: 2021 }],
		['latem', { kind: 'season', season: 'lato' }],
		['w latach 2016–2019', { kind: 'range', year: 2016, endYear: 2019 }],
		['2016-2019', { kind: 'range', year: 2016, endYear: 2019 }],
		['od 2016 do 2019', { kind: 'range', year: 2016, endYear: 2019 }],
		['od 2016 r. do 2019 r.', { kind: 'range', year: 2016, endYear: 2019 }],
		['w poniedziałek', { kind: 'weekday', weekday: 1 }],
		['5–16 listopada 1934 roku', { kind: 'range', day: 5, month: 11, endDay: 16, endMonth: 11, year: 1934 }],
		['od 1 lipca do 25 sierpnia', { kind: 'range', day: 1, month: 7, endDay: 25, endMonth: 8 }],
		['w XIX wieku', { kind: 'century', century: 19 }],
		['w latach 90.', { kind: 'decade', decade: 1990 }],
		['w latach dziewięćdziesiątych XX wieku', { kind: 'decade', decade: 1990 }]
	])('%s as a whole expression', (phrase, expected) => {
		const text = `Coś się wydarzyło ${phrase} i tyle.`;
		const found = findTimeExpressions(text);
		expect(found).toHaveLength(1);
		expect(found[0].text).toBe(phrase);
		expect(text.slice(found[0].start, found[0].end)).toBe(phrase);
		expect(fields(found[0])).toEqual(expected);
	});

	it('finds the dates of the seed article in order', () => {
		const text =
			'12 stycznia odbędzie się posiedzenie Rady NATO-Rosja. Rada powstała w 2002 roku. W latach 2016-2019 ' +
			'odbyło się kilka spotkań. Jesienią 2021 roku pojawiły się doniesienia. 122 tysiące żołnierzy, 200 km.';
		expect(findTimeExpressions(text).map((t) => t.text)).toEqual([
			'12 stycznia',
			'w 2002 roku',
			'W latach 2016-2019',
			'Jesienią 2021 roku'
		]);
	});

	it('leaves plain amounts and lower-case pseudo-numerals alone', () => {
		expect(findTimeExpressions('Przybyło 2000 osób, a xix wieku nikt nie pamięta.')).toEqual([]);
		expect(findTimeExpressions('W 3000 roku')).toEqual([]);
	});

	it('records the leading preposition', () => {
		expect(findTimeExpressions('we wrześniu')[0].prep).toBe('we');
	});
});

describe('parseTimeAnswer', () => {
	it.each([
		['12.01', '12 stycznia'],
		['12 styczeń', '12 stycznia'],
		['12.01.2022', '12 stycznia 2022 r.'],
		['2016-2019', 'od 2016 do 2019'],
		['2016 - 2019', 'w latach 2016–2019'],
		['od 2016 roku do 2019 roku', 'w latach 2016–2019'],
		['w 2002', '2002'],
		['2002 r.', 'w 2002 roku'],
		['dwa tysiące drugim', '2002'],
		['styczeń', 'w styczniu'],
		['jesień 2021', 'jesienią 2021 roku'],
		['lata 90', 'w latach 90.'],
		['w latach 90-tych', 'lata dziewięćdziesiąte'],
		['XIX wiek', 'w XIX wieku'],
		['19 wiek', 'XIX w.'],
		['poniedziałek', 'w poniedziałek']
	])('%s means the same as %s', (a, b) => {
		const x = parseTimeAnswer(a);
		const y = parseTimeAnswer(b);
		expect(x).not.toBeNull();
		expect(fields(x)).toEqual(fields(y));
	});

	it.each(['122 tysiące', 'Warszawa', 'w 2002 roku i w 2003 roku', '32.01', 'w 3000 roku', ''])('%s is not one time', (a) => {
		expect(parseTimeAnswer(a)).toBeNull();
	});
});

describe('sameTime', () => {
	const t = (s: string) => parseTimeAnswer(s)!;
	it('compares by meaning and specificity', () => {
		expect(sameTime(t('12 stycznia'), t('12.01'))).toBe('same');
		expect(sameTime(t('12 stycznia 2022'), t('12 stycznia'))).toBe('less-specific');
		expect(sameTime(t('12 stycznia'), t('12 stycznia 2022'))).toBe('more-specific');
		expect(sameTime(t('12 stycznia'), t('13 stycznia'))).toBe('different');
		expect(sameTime(t('2016-2019'), t('2016'))).toBe('different');
		expect(sameTime(t('jesienią 2021 roku'), t('2021'))).toBe('less-specific');
		expect(sameTime(t('jesienią 2021 roku'), t('latem 2021'))).toBe('different');
		expect(sameTime(t('w 2002 roku'), t('w XXI wieku'))).toBe('different');
		expect(sameTime(t('do czwartku'), t('w czwartek'))).toBe('different');
		expect(sameTime(t('w czwartek'), t('do czwartku'))).toBe('different');
		expect(sameTime(t('do czwartku'), t('czwartek'))).toBe('same');
		expect(sameTime(t('od 2016 do 2019'), t('2016-2019'))).toBe('same');
	});
});
