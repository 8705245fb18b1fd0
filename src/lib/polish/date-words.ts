/** Month, season and weekday word forms for dates.ts, keyed by the case they appear in. */
export type Season = 'wiosna' | 'lato' | 'jesień' | 'zima';

/** [nominative, genitive ("12 stycznia"), locative ("w styczniu")], index = month - 1. */
export const MONTHS: [string, string, string][] = [
	['styczeń', 'stycznia', 'styczniu'],
	['luty', 'lutego', 'lutym'],
	['marzec', 'marca', 'marcu'],
	['kwiecień', 'kwietnia', 'kwietniu'],
	['maj', 'maja', 'maju'],
	['czerwiec', 'czerwca', 'czerwcu'],
	['lipiec', 'lipca', 'lipcu'],
	['sierpień', 'sierpnia', 'sierpniu'],
	['wrzesień', 'września', 'wrześniu'],
	['październik', 'października', 'październiku'],
	['listopad', 'listopada', 'listopadzie'],
	['grudzień', 'grudnia', 'grudniu']
];

const monthIndex = new Map<string, number>();
MONTHS.forEach((forms, i) => forms.forEach((f) => monthIndex.set(f, i + 1)));

export function monthNumber(word: string): number | undefined {
	return monthIndex.get(word.toLowerCase());
}

export const MONTH_GEN_SRC = MONTHS.map((m) => m[1]).join('|');
export const MONTH_LOC_SRC = MONTHS.map((m) => m[2]).join('|');
export const MONTH_NOM_SRC = MONTHS.map((m) => m[0]).join('|');

const SEASON_FORMS: [Season, string[]][] = [
	['wiosna', ['wiosna', 'wiosny', 'wiośnie', 'wiosnę', 'wiosną']],
	['lato', ['lato', 'lata', 'lecie', 'latem']],
	['jesień', ['jesień', 'jesieni', 'jesienią']],
	['zima', ['zima', 'zimy', 'zimie', 'zimę', 'zimą']]
];
const seasonIndex = new Map<string, Season>();
for (const [s, forms] of SEASON_FORMS) for (const f of forms) seasonIndex.set(f, s);

export function seasonOf(word: string): Season | undefined {
	return seasonIndex.get(word.toLowerCase());
}

/** Instrumental forms read as "in that season" anywhere in running text ("jesienią 2021 roku"). */
export const SEASON_INSTR_SRC = 'wiosną|latem|jesienią|zimą';
/** Forms that only mean a season after a preposition ("w lecie", "na wiosnę"). */
export const SEASON_PREP_SRC = 'wiośnie|lecie|jesieni|zimie|wiosnę|jesień|zimę|lato';
export const SEASON_NOM_SRC = 'wiosna|lato|jesień|zima';

/** All case forms, index = ISO weekday - 1 (Monday = 1). */
const WEEKDAYS: string[][] = [
	['poniedziałek', 'poniedziałku', 'poniedziałkiem'],
	['wtorek', 'wtorku', 'wtorkiem'],
	['środa', 'środy', 'środę', 'środzie', 'środą'],
	['czwartek', 'czwartku', 'czwartkiem'],
	['piątek', 'piątku', 'piątkiem'],
	['sobota', 'soboty', 'sobotę', 'sobocie', 'sobotą'],
	['niedziela', 'niedzieli', 'niedzielę', 'niedzielą']
];
export const WEEKDAY_NAMES = WEEKDAYS.map((forms) => forms[0]);
const weekdayIndex = new Map<string, number>();
WEEKDAYS.forEach((forms, i) => forms.forEach((f) => weekdayIndex.set(f, i + 1)));

export function weekdayNumber(word: string): number | undefined {
	return weekdayIndex.get(word.toLowerCase());
}
export const WEEKDAY_SRC = WEEKDAYS.flat()
	.sort((a, b) => b.length - a.length)
	.join('|');

/** Genitive ordinal day words: "dwunastego", "dwudziestego pierwszego". */
const DAY_UNITS = 'pierwszego|drugiego|trzeciego|czwartego|piątego|szóstego|siódmego|ósmego|dziewiątego';
const DAY_TEENS =
	'dziesiątego|jedenastego|dwunastego|trzynastego|czternastego|piętnastego|szesnastego|siedemnastego|osiemnastego|dziewiętnastego';
export const DAY_WORD_SRC = `(?:dwudziestego|trzydziestego)(?:\\s+(?:${DAY_UNITS}))?|${DAY_TEENS}|${DAY_UNITS}`;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XIX" → 19; null for anything that is not an upper-case Roman numeral. */
export function romanToInt(s: string): number | null {
	if (!/^[IVXLC]+$/.test(s)) return null;
	let total = 0;
	for (let i = 0; i < s.length; i++) {
		const v = ROMAN[s[i]];
		const next = ROMAN[s[i + 1]] ?? 0;
		total += v < next ? -v : v;
	}
	return total;
}

/** Every month, season and weekday form (for restoring diacritics a learner left out). */
export function dateWordForms(): string[] {
	return [...monthIndex.keys(), ...seasonIndex.keys(), ...weekdayIndex.keys(), 'roku', 'wieku', 'latach'];
}
