import {
	DAY_WORD_SRC,
	MONTH_GEN_SRC,
	MONTH_LOC_SRC,
	MONTH_NOM_SRC,
	SEASON_INSTR_SRC,
	SEASON_NOM_SRC,
	SEASON_PREP_SRC,
	WEEKDAY_SRC,
	monthNumber,
	romanToInt,
	seasonOf,
	weekdayNumber,
	type Season
} from './date-words';
import { isYearLike, parsePolishNumber } from './numbers';
import { withFastLetters } from './fast-letters';

type TimeKind = 'year' | 'date' | 'month' | 'range' | 'season' | 'weekday' | 'century' | 'decade';

export interface TimeExpr {
	start: number;
	end: number;
	/** The whole expression including a leading preposition: "w 2002 roku". */
	text: string;
	kind: TimeKind;
	year?: number;
	month?: number;
	day?: number;
	/** Last year of a range ("w latach 2016–2019": year 2016, endYear 2019). */
	endYear?: number;
	/** End of a range of days ("5–16 listopada": day 5, endDay 16, month 11, endMonth 11). */
	endDay?: number;
	endMonth?: number;
	season?: Season;
	/** ISO weekday, Monday = 1. */
	weekday?: number;
	/** "w XIX wieku" → 19. */
	century?: number;
	/** First year of the decade: "w latach 90." → 1990. */
	decade?: number;
	/** Leading preposition inside text, lower-case ("w", "we", "od"), when there is one. */
	prep?: string;
}

type Groups = Record<string, string | undefined>;
type Fields = Omit<TimeExpr, 'start' | 'end' | 'text' | 'prep'>;

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const S = '[\\s\\u00a0]+';
const DASH = '\\s*[-–—]\\s*';
const RSUF = `(?:${S}(?:roku|rok|rokiem|r\\.|r${E}))?`;
const YEAR = (name: string) => `(?<${name}>\\d{4})`;
const P = (preps: string) => `(?:(?<prep>${preps})${S})?`;

const yearOk = (s?: string) => (s ? Number(s) >= 1000 && Number(s) <= 2100 : true);
const num = (s?: string) => (s === undefined ? undefined : Number(s));
const withYear = (g: Groups, f: Fields): Fields | null => (yearOk(g.year) ? { ...f, ...(g.year ? { year: Number(g.year) } : {}) } : null);

function decadeOf(dd: string, century?: string): number | null {
	const n = /^\d+$/.test(dd) ? Number(dd) : (parsePolishNumber(dd + 'y') ?? NaN);
	if (!Number.isFinite(n) || n % 10 !== 0) return null;
	if (n >= 1000) return n;
	const c = century ? romanToInt(century) : null;
	return (c ? (c - 1) * 100 : 1900) + n;
}

interface Pattern {
	re: RegExp;
	build: (g: Groups, text: string, m: RegExpExecArray) => Fields | null;
}

// Only the plain-year pattern reads match indices; the 'd' flag costs every other exec.
const pat = (src: string, build: Pattern['build'], flags = 'giu'): Pattern => ({
	re: withFastLetters(new RegExp(B + src + E, flags)),
	build
});

const PATTERNS: Pattern[] = [
	pat(`${P('w|we')}(?:(?:latach|lata|okresie)${S})?${YEAR('y1')}${RSUF}${DASH}(?<y2>\\d{4}|\\d{2})${RSUF}`, (g) => {
		const y1 = Number(g.y1);
		const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
		return yearOk(g.y1) && yearOk(String(y2)) && y2 > y1 ? { kind: 'range', year: y1, endYear: y2 } : null;
	}),
	pat(`(?<prep>od)${S}(?:roku${S})?${YEAR('y1')}${RSUF}${S}do${S}(?:roku${S})?${YEAR('y2')}${RSUF}`, (g) =>
		yearOk(g.y1) && yearOk(g.y2) && Number(g.y2) > Number(g.y1) ? { kind: 'range', year: num(g.y1), endYear: num(g.y2) } : null
	),
	pat(`(?<prep>między)${S}(?:rokiem${S})?${YEAR('y1')}${S}a${S}${YEAR('y2')}(?:${S}(?:rokiem|r\\.))?`, (g) =>
		yearOk(g.y1) && yearOk(g.y2) && Number(g.y2) > Number(g.y1) ? { kind: 'range', year: num(g.y1), endYear: num(g.y2) } : null
	),
	pat(
		`${P('od|w dniach|w dn\\.')}(?<day>\\d{1,2})(?:${S}(?<mon1>${MONTH_GEN_SRC}))?(?:${DASH}|${S}do${S})(?<day2>\\d{1,2})${S}(?<mon>${MONTH_GEN_SRC})(?:${S}${YEAR('year')}${RSUF})?`,
		(g) => {
			const [d1, d2] = [Number(g.day), Number(g.day2)];
			const [m1, m2] = [monthNumber(g.mon1 ?? g.mon!)!, monthNumber(g.mon!)!];
			const ordered = m1 < m2 || (m1 === m2 && d1 < d2);
			return d1 >= 1 && d2 <= 31 && ordered ? withYear(g, { kind: 'range', day: d1, month: m1, endDay: d2, endMonth: m2 }) : null;
		}
	),
	pat(
		`${P('w|we|dnia|od|do|z|ze|po|przed')}(?<day>\\d{1,2}|${DAY_WORD_SRC})${S}(?<mon>${MONTH_GEN_SRC})(?:${S}${YEAR('year')}${RSUF})?`,
		(g) => {
			const day = /^\d+$/.test(g.day!) ? Number(g.day) : parsePolishNumber(g.day!);
			return day && day >= 1 && day <= 31 ? withYear(g, { kind: 'date', day, month: monthNumber(g.mon!) }) : null;
		}
	),
	pat(`${P('w|we|dnia|od|do')}(?<day>\\d{1,2})\\.(?<mon>\\d{1,2})\\.${YEAR('year')}(?:${S}r\\.)?`, (g) => {
		const day = Number(g.day),
			month = Number(g.mon);
		return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? withYear(g, { kind: 'date', day, month }) : null;
	}),
	pat(`${YEAR('year')}-(?<mon>\\d{2})-(?<day>\\d{2})`, (g) =>
		Number(g.mon) <= 12 && Number(g.day) <= 31 ? withYear(g, { kind: 'date', month: num(g.mon), day: num(g.day) }) : null
	),
	pat(`(?<prep>w|we)${S}(?<mon>${MONTH_LOC_SRC})(?:${S}${YEAR('year')}${RSUF})?`, (g) =>
		withYear(g, { kind: 'month', month: monthNumber(g.mon!) })
	),
	pat(`(?<prep>od|do|z|ze|początku|połowy|końca|przełomie)${S}(?<mon>${MONTH_GEN_SRC})(?:${S}${YEAR('year')}${RSUF})?`, (g) =>
		withYear(g, { kind: 'month', month: monthNumber(g.mon!) })
	),
	pat(`(?<mon>${MONTH_NOM_SRC}|${MONTH_GEN_SRC})${S}${YEAR('year')}${RSUF}`, (g) =>
		withYear(g, { kind: 'month', month: monthNumber(g.mon!) })
	),
	pat(`${P('w|na')}(?<season>${SEASON_INSTR_SRC})(?:${S}${YEAR('year')}${RSUF})?`, (g) =>
		withYear(g, { kind: 'season', season: seasonOf(g.season!) })
	),
	pat(`(?<prep>w|na)${S}(?<season>${SEASON_PREP_SRC})(?:${S}${YEAR('year')}${RSUF})?`, (g) =>
		withYear(g, { kind: 'season', season: seasonOf(g.season!) })
	),
	pat(`(?<season>${SEASON_NOM_SRC})${S}${YEAR('year')}${RSUF}`, (g) => withYear(g, { kind: 'season', season: seasonOf(g.season!) })),
	pat(`${P('w|we|od|do')}(?<wd>${WEEKDAY_SRC})`, (g) => ({ kind: 'weekday', weekday: weekdayNumber(g.wd!) })),
	pat(`${P('w|we|od|do|z|ze')}(?<c>[IVXLC]+|\\d{1,2}\\.?)${S}(?:wieku|wiek|wiekiem|w\\.)`, (g) => {
		const c = /\d/.test(g.c!) ? parseInt(g.c!, 10) : romanToInt(g.c!);
		return c && c <= 21 ? { kind: 'century', century: c } : null;
	}),
	pat(
		`${P('w|we|od|do|z|ze')}(?:latach|lata|latami|lat)${S}(?<dd>\\d{2}|\\d{4})(?:\\.|-tych|-te|-ych|tych)(?:${S}(?<c>[IVX]+)${S}(?:wieku|w\\.))?`,
		(g) => {
			const d = decadeOf(g.dd!, g.c);
			return d ? { kind: 'decade', decade: d } : null;
		}
	),
	pat(
		`${P('w|we|od|do|z|ze')}(?:latach|lata|latami|lat)${S}(?<dd>dwudziest|trzydziest|czterdziest|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt)(?:ych|e|ymi)(?:${S}(?<c>[IVX]+)${S}(?:wieku|w\\.))?`,
		(g) => {
			const d = decadeOf(g.dd!, g.c);
			return d ? { kind: 'decade', decade: d } : null;
		}
	),
	pat(
		`${P('w|we|od|do|po|przed|sprzed|z|ze')}(?:(?<rok>roku)${S})?${YEAR('year')}${RSUF}`,
		(g, text, m) => {
			const [ys, ye] = m.indices!.groups!.year!;
			const explicit = g.rok || /\S/.test(m[0].slice(ye - m.index));
			return yearOk(g.year) && (explicit || isYearLike(text, ys, ye)) ? { kind: 'year', year: num(g.year) } : null;
		},
		'giud'
	)
];

/** Roman centuries must be upper case ("XIX wieku"), but the i flag would let "xix" through. */
function caseOk(g: Groups): boolean {
	return !g.c || /\d/.test(g.c) || g.c === g.c.toUpperCase();
}

/** Dates and time expressions in running text, non-overlapping, in text order. */
export function findTimeExpressions(text: string): TimeExpr[] {
	const found: TimeExpr[] = [];
	for (const { re, build } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const g = (m.groups ?? {}) as Groups;
			const fields = caseOk(g) ? build(g, text, m) : null;
			if (!fields) continue;
			const prep = g.prep?.toLowerCase();
			found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...fields, ...(prep ? { prep } : {}) });
		}
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: TimeExpr[] = [];
	for (const t of found) if (!out.length || t.start >= out[out.length - 1].end) out.push(t);
	return out;
}
