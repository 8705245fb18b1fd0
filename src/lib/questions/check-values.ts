import { MONTHS, WEEKDAY_NAMES } from '../polish/date-words';
import { findTimeExpressions, type TimeExpr } from '../polish/dates';
import { parseTimeAnswer, sameTime } from '../polish/dates-answer';
import { answerWords } from '../polish/normalize';
import { findQuantities, formatPolishNumber, parsePolishNumber, parseQuantity } from '../polish/numbers';
import { ok, wrong, type Match } from './check-notes';
import { stripLeadingPrepositions, wordMatch } from './check-text';

const NEGATION = /(?:^|[^\p{L}])nie(?![\p{L}])/iu;

function romanOf(n: number): string {
	const table: [number, string][] = [
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I']
	];
	let out = '';
	for (const [v, s] of table) {
		while (n >= v) {
			out += s;
			n -= v;
		}
	}
	return out;
}

/** One canonical spelling per meaning, for verdicts and reports. */
function formatTime(t: TimeExpr): string {
	const y = t.year !== undefined ? ` ${t.year}` : '';
	switch (t.kind) {
		case 'year':
			return String(t.year);
		case 'range':
			return t.day !== undefined
				? `${t.day} ${MONTHS[(t.month ?? 1) - 1][1]}–${t.endDay} ${MONTHS[(t.endMonth ?? 1) - 1][1]}${y}`
				: `${t.year}–${t.endYear}`;
		case 'date':
			return `${t.day ?? ''} ${MONTHS[(t.month ?? 1) - 1][1]}${y}`.trim();
		case 'month':
			return `${MONTHS[(t.month ?? 1) - 1][0]}${y}`;
		case 'season':
			return `${t.season}${y}`;
		case 'weekday':
			return WEEKDAY_NAMES[(t.weekday ?? 1) - 1];
		case 'century':
			return `${romanOf(t.century ?? 0)} wiek`;
		case 'decade':
			return `lata ${t.decade}`;
	}
}

/** Time answers ("12.01" = "12 stycznia"); null when the expected answer is not a time. */
export function matchTime(expected: string, given: string): Match | null {
	const te = parseTimeAnswer(expected);
	if (!te) return null;
	let tg = parseTimeAnswer(given);
	if (!tg && !NEGATION.test(given)) {
		const inside = findTimeExpressions(given);
		if (inside.length === 1) tg = inside[0];
	}
	const norm = { normalizedExpected: formatTime(te), ...(tg ? { normalizedGiven: formatTime(tg) } : {}) };
	if (!tg) return { ...wrong(), ...norm };
	const relation = sameTime(te, tg);
	if (relation === 'same') return { ...ok(), ...norm };
	if (relation === 'more-specific') return { ...ok([{ kind: 'more-specific' }]), ...norm };
	if (relation === 'less-specific') {
		const enough = te.kind === 'date' ? tg.day !== undefined : te.year !== undefined && tg.year === te.year;
		return enough ? { ...ok([{ kind: 'incomplete' }]), ...norm } : { ...wrong('Za mało dokładnie.'), ...norm };
	}
	return { ...wrong(), ...norm };
}

interface FoundQuantity {
	value: number;
	unit?: string;
	/** Words outside the number, e.g. the counted noun in "122 tysiące żołnierzy". */
	rest: string[];
}

function quantityIn(text: string): FoundQuantity | null {
	const plain = parsePolishNumber(text);
	if (plain !== null) return { value: plain, rest: [] };
	const q = parseQuantity(text);
	if (q) return { ...q, rest: [] };
	const found = findQuantities(text, { includeYears: true });
	if (found.length !== 1) return null;
	const rest = stripLeadingPrepositions(answerWords(text.slice(0, found[0].start) + ' ' + text.slice(found[0].end)));
	return { value: found[0].value, ...(found[0].unit ? { unit: found[0].unit } : {}), rest };
}

/** Hedges a learner may add without changing the number. */
const HEDGES = new Set(['około', 'ok', 'prawie', 'niemal', 'blisko', 'ponad', 'aż', 'tylko', 'jakieś']);

const show = (q: FoundQuantity) => `${formatPolishNumber(q.value)}${q.unit ? ' ' + q.unit : ''}`;

/**
 * Amounts in any spelling ("122 000" = "122 tys." = "sto dwadzieścia dwa tysiące"). The value
 * must be exactly right: a close number is still a wrong number.
 */
export function matchQuantity(expected: string, given: string): Match | null {
	const qe = quantityIn(expected);
	if (!qe) return null;
	const qg = quantityIn(given);
	if (!qg) return { ...wrong(), normalizedExpected: show(qe) };
	const norm = { normalizedExpected: show(qe), normalizedGiven: show(qg) };
	if (Math.abs(qe.value - qg.value) > 1e-9 * Math.max(1, Math.abs(qe.value))) return { ...wrong(), ...norm };
	if (qg.unit && qe.unit && qg.unit !== qe.unit) return { ...wrong(), ...norm };
	if (qg.unit && !qe.unit && qe.rest.length) return { ...wrong(), ...norm };
	const extra =
		qe.rest.length === 0 ? [] : qg.rest.filter((w) => !HEDGES.has(w.toLocaleLowerCase('pl')) && !qe.rest.some((e) => wordMatch(e, w)));
	if (extra.length) return { ...wrong(), ...norm };
	const missingUnit = qe.unit !== undefined && qg.unit === undefined;
	return { ...ok(missingUnit ? [{ kind: 'incomplete' }] : []), ...norm };
}
