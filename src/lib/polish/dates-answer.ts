import { monthNumber, seasonOf, weekdayNumber } from './date-words';
import { findTimeExpressions, type TimeExpr } from './dates';
import { parsePolishNumber } from './numbers';

const LEAD_PREP = /^(?:w|we|od|do|na|dnia|roku)\s+/i;
const YEAR_WORD = /\s+(?:roku|rok|r\.?)$/i;

function whole(text: string, fields: Omit<TimeExpr, 'start' | 'end' | 'text'>): TimeExpr {
	const prep = /^(w|we|od|do|na|dnia)\s/i.exec(text)?.[1].toLowerCase();
	return { start: 0, end: text.length, text, ...fields, ...(prep && !fields.prep ? { prep } : {}) };
}

/** Prepositions that turn a point in time into a limit: "do czwartku" is not "w czwartek". */
const BOUNDS = new Set(['od', 'do', 'po', 'przed', 'sprzed']);
const boundOf = (t: TimeExpr) => (t.kind !== 'range' && t.prep && BOUNDS.has(t.prep) ? t.prep : null);

function boundsClash(expected: TimeExpr, given: TimeExpr): boolean {
	const be = boundOf(expected);
	const bg = boundOf(given);
	if (bg) return bg !== be;
	// "w czwartek" (on) for "do czwartku" (until) says something else; a bare "czwartek" does not.
	return be !== null && given.prep !== undefined && given.kind !== 'range';
}

const validDay = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
const validYear = (y: number) => Number.isInteger(y) && y >= 1000 && y <= 2100;

/** Short forms a learner types but an article would not: "12.01", "styczeń", "jesień", "lata 90". */
function looseForm(t: string): TimeExpr | null {
	let m = /^(\d{1,2})[./](\d{1,2})\.?$/.exec(t);
	if (m && validDay(+m[1], +m[2])) return whole(t, { kind: 'date', day: +m[1], month: +m[2] });
	m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*r\.?)?$/.exec(t);
	if (m && validDay(+m[1], +m[2]) && validYear(+m[3])) return whole(t, { kind: 'date', day: +m[1], month: +m[2], year: +m[3] });
	const bare = t.replace(LEAD_PREP, '').replace(YEAR_WORD, '');
	m = /^(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?$/u.exec(bare);
	if (m && monthNumber(m[2]) && validDay(+m[1], monthNumber(m[2])!))
		return whole(t, { kind: 'date', day: +m[1], month: monthNumber(m[2]), ...(m[3] ? { year: +m[3] } : {}) });
	m = /^(\p{L}+)(?:\s+(\d{4}))?$/u.exec(bare);
	if (m) {
		const year = m[2] && validYear(+m[2]) ? { year: +m[2] } : {};
		if (m[2] && !('year' in year)) return null;
		if (monthNumber(m[1])) return whole(t, { kind: 'month', month: monthNumber(m[1]), ...year });
		if (seasonOf(m[1])) return whole(t, { kind: 'season', season: seasonOf(m[1]), ...year });
		if (weekdayNumber(m[1]) && !m[2]) return whole(t, { kind: 'weekday', weekday: weekdayNumber(m[1]) });
	}
	m = /^(?:od\s+)?(\d{4})(?:\s*r\.)?\s+do\s+(\d{4})$/.exec(bare);
	if (m && validYear(+m[1]) && validYear(+m[2]) && +m[2] > +m[1]) return whole(t, { kind: 'range', year: +m[1], endYear: +m[2] });
	m = /^(?:w\s+)?(?:latach|lata)\s+(\d0)(?:-?te|-?tych)?$/i.exec(t);
	if (m) return whole(t, { kind: 'decade', decade: 1900 + +m[1] });
	const n = parsePolishNumber(bare);
	if (n !== null && validYear(n)) return whole(t, { kind: 'year', year: n });
	return null;
}

/**
 * A learner's answer read as one time expression: "12.01" = "12 stycznia", "2016-2019" =
 * "od 2016 do 2019" = "w latach 2016–2019", "w 2002" = "2002" = "2002 r." = "w 2002 roku".
 * Null when the answer is not (only) a time expression.
 */
export function parseTimeAnswer(text: string): TimeExpr | null {
	const t = text
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/[!?,;]+$/, '');
	if (!t || t.length > 80) return null;
	const loose = looseForm(t.replace(/(?<!\br)\.$/, '').trim()) ?? looseForm(t);
	if (loose) return loose;
	const found = findTimeExpressions(t);
	if (found.length !== 1) return null;
	const rest = t.slice(0, found[0].start) + t.slice(found[0].end);
	return /^[\s.,:;!?()–-]*$/.test(rest) ? found[0] : null;
}

export type TimeMatch = 'same' | 'less-specific' | 'more-specific' | 'different';

const FIELDS = ['year', 'month', 'day', 'endYear', 'endDay', 'endMonth', 'season', 'weekday', 'century', 'decade'] as const;

/**
 * Compare two time expressions by meaning; a limit the learner adds ("do czwartku") must be the
 * expected one, though a bare "czwartek" still answers "do czwartku". 'less-specific': the given one agrees with everything
 * it states but leaves out part of the expected one ("12 stycznia" for "12 stycznia 2022").
 */
export function sameTime(expected: TimeExpr, given: TimeExpr): TimeMatch {
	const eKind = expected.kind === 'date' || expected.kind === 'month' || expected.kind === 'season' ? 'point' : expected.kind;
	const gKind = given.kind === 'date' || given.kind === 'month' || given.kind === 'season' ? 'point' : given.kind;
	if (boundsClash(expected, given)) return 'different';
	let missing = 0;
	let extra = 0;
	for (const f of FIELDS) {
		const e = expected[f];
		const g = given[f];
		if (e !== undefined && g !== undefined && e !== g) return 'different';
		if (e !== undefined && g === undefined) missing++;
		if (e === undefined && g !== undefined) extra++;
	}
	const pointVsYear = (eKind === 'point' && given.kind === 'year') || (gKind === 'point' && expected.kind === 'year');
	if (eKind !== gKind && !pointVsYear) return 'different';
	if (missing && extra) return 'different';
	return missing ? 'less-specific' : extra ? 'more-specific' : 'same';
}
