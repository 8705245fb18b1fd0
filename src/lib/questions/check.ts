import { normalizeAnswer } from '../polish/normalize';
import { answerVariants } from '../polish/answer-forms';
import { parsePolishNumber } from '../polish/numbers';
import { acceptedFeedback, acceptedNote, end, rejectedFeedback, type Match } from './check-notes';
import { matchOrder, matchTrueFalse, optionIndex } from './check-options';
import { restoreDiacritics } from './check-restore';
import { matchText } from './check-text';
import { matchForm } from './check-form';
import { matchQuantity, matchTime } from './check-values';
import type { ExpectedAnswer, Verdict } from './types';
import { MAX_ANSWER_LENGTH } from '../domain/limits';

function matchOnce(expected: string, given: string): Match {
	const ne = normalizeAnswer(expected);
	const ng = normalizeAnswer(given);
	if (ne === ng) return { ok: true, notes: [] };
	const keep = { keepCase: true };
	return matchTime(normalizeAnswer(expected, keep), normalizeAnswer(given, keep)) ?? matchQuantity(ne, ng) ?? matchText(expected, given);
}

/** The answer as typed, or an equivalent spelling of it (decimals in words, "w roku …", a counted noun added). */
function matchSpellings(expected: string, given: string): Match {
	const first = matchOnce(expected, given);
	if (first.ok) return first;
	// A noun after the amount is the learner's addition only when the expected answer is a bare amount (no unit, no noun).
	const bareAmount = parsePolishNumber(expected.replace(/^(około|ok\.|ponad|prawie|blisko|niemal)\s+/i, '')) !== null;
	for (const v of answerVariants(given, { withoutNoun: bareAmount }).slice(1)) {
		const m = matchOnce(expected, v);
		if (m.ok) return m;
	}
	return first;
}

/** One expected form against the answer; a second try with Polish letters restored. */
function matchFree(expected: string, given: string): Match {
	const first = matchSpellings(expected, given);
	if (first.ok) return first;
	const restored = restoreDiacritics(given, expected);
	if (restored.words.length === 0) return first;
	const second = matchSpellings(expected, restored.text);
	if (!second.ok) return first;
	return { ...second, notes: [...second.notes, { kind: 'diacritics', words: restored.words }] };
}

const score = (m: Match) => (m.ok ? (m.notes.length ? 1 : 2) : 0);

function best(candidates: string[], given: string): Match {
	let top: Match | null = null;
	for (const c of candidates) {
		const m = matchFree(c, given);
		if (!top || score(m) > score(top)) top = m;
		if (score(top) === 2) break;
	}
	return top!;
}

function matchByType(exp: ExpectedAnswer, given: string): Match {
	const candidates = [exp.answer, ...(exp.accept ?? [])].filter((c) => c.trim());
	const options = exp.options ?? [];
	if (exp.type === 'order') return matchOrder(exp.answer, given, options);
	if (exp.type === 'form') return matchForm(exp.answer, given);
	if (exp.type === 'truefalse') {
		const tf = matchTrueFalse(exp.answer, given, options);
		if (tf) return tf;
	}
	if ((exp.type === 'choice' || exp.type === 'gap' || exp.type === 'truefalse') && options.length) {
		const i = optionIndex(options, given);
		if (i !== null) {
			const m = best(candidates, options[i]);
			return m.ok ? { ok: true, notes: [] } : { ok: false, notes: [] };
		}
	}
	return best(candidates, given);
}

/**
 * Judges a learner's answer the way a Polish teacher would: any spelling of the right number or
 * date, another case form of the right word, missing Polish letters and small typos (with a
 * note); a wrong number is wrong however close it is.
 */
export function checkAnswer(expected: string | ExpectedAnswer, given: string): Verdict {
	const exp: ExpectedAnswer = typeof expected === 'string' ? { answer: expected } : expected;
	const g = (given ?? '').toString();
	const base = { normalizedExpected: normalizeAnswer(exp.answer), normalizedGiven: normalizeAnswer(g) };
	const shown = exp.type === 'order' ? exp.answer.split(/\r?\n/).join(' → ') : exp.answer;
	if (!g.trim()) {
		return { ...base, correct: false, kind: 'empty', feedback: `Brak odpowiedzi. Poprawna odpowiedź: ${end(shown)}` };
	}
	if (g.length > MAX_ANSWER_LENGTH) {
		return {
			...base,
			normalizedGiven: base.normalizedGiven.slice(0, 100),
			correct: false,
			kind: 'incorrect',
			feedback: `Odpowiedź jest za długa (najwyżej ${MAX_ANSWER_LENGTH} znaków). Poprawna odpowiedź: ${end(shown)}`
		};
	}
	const m = matchByType(exp, g);
	const normalized = {
		normalizedExpected: m.normalizedExpected ?? base.normalizedExpected,
		normalizedGiven: m.normalizedGiven ?? base.normalizedGiven
	};
	if (!m.ok)
		return {
			...normalized,
			correct: false,
			kind: 'incorrect',
			feedback: rejectedFeedback(shown, m.hint),
			...(m.hint ? { note: m.hint } : {})
		};
	const noted = m.notes.length > 0;
	return {
		...normalized,
		correct: true,
		kind: noted ? 'correct-with-note' : 'correct',
		feedback: noted ? acceptedFeedback(m.notes, shown) : 'Dobrze!',
		...(noted ? { note: acceptedNote(m.notes, shown) } : {})
	};
}
