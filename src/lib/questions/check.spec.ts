import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { morphologyInfo, useFallbackMorphology } from '../polish/morphology';
import { checkAnswer } from './check';
import type { ExpectedAnswer, VerdictKind } from './types';

type Case = [expected: string | ExpectedAnswer, given: string, kind: VerdictKind];
const label = (e: string | ExpectedAnswer) => (typeof e === 'string' ? e : `${e.type}:${e.answer.replace(/\n/g, '/')}`);
const run = (cases: Case[]) =>
	it.each(cases.map(([e, g, k]) => [label(e), g, k, e] as const))('%s ← %j: %s', (_l, given, kind, expected) => {
		const v = checkAnswer(expected, given);
		expect(v.kind).toBe(kind);
		expect(v.correct).toBe(kind === 'correct' || kind === 'correct-with-note');
	});

describe('numbers: any spelling of the right value, never a close one', () => {
	run([
		['122 tysiące', '122000', 'correct'],
		['122 tysiące', '122 000', 'correct'],
		['122 tysiące', '122\u00a0000', 'correct'],
		['122 tysiące', '122 tys.', 'correct'],
		['122 tysiące', 'sto dwadzieścia dwa tysiące', 'correct'],
		['122 tysiące', '122 tysiące.', 'correct'],
		['122 tysiące', 'około 122 tysięcy', 'correct'],
		['122 tysiące', '122 tysiące żołnierzy', 'correct'],
		['122 tysiące', '121 tysięcy', 'incorrect'],
		['122 tysiące', '122 001', 'incorrect'],
		['122 tysiące', '122', 'incorrect'],
		['122 tysiące', 'tysiące', 'incorrect'],
		['122 tysiące', 'kilkadziesiąt tysięcy', 'incorrect'],
		['122 tysiące', '122 tysiace', 'correct-with-note'],
		['122 tysiące', 'sto dwadziescia dwa tysiace', 'correct-with-note'],
		['122 tysiące żołnierzy', '122 000 żołnierzy', 'correct'],
		['122 tysiące żołnierzy', '122 tysiące', 'correct'],
		['122 tysiące żołnierzy', '122 tysiące czołgów', 'incorrect'],
		['1,5 mln zł', '1 500 000 złotych', 'correct'],
		['1,5 mln zł', 'półtora miliona złotych', 'correct'],
		['1,5 mln zł', '1,5 mln euro', 'incorrect'],
		['2 mld', 'dwa miliardy', 'correct'],
		['trzech', '3', 'correct'],
		['pięciuset', '500', 'correct'],
		['dwunastu', '13', 'incorrect']
	]);
});

describe('percentages and units', () => {
	run([
		['4,9 proc.', '4.9%', 'correct'],
		['4,9 proc.', '4,9 procent', 'correct'],
		['4,9 proc.', '4,9 %', 'correct'],
		['4,9 proc.', '4,9', 'correct-with-note'],
		['4,9 proc.', '4,8%', 'incorrect'],
		['4,9 proc.', '49%', 'incorrect'],
		['200 km', '200 kilometrów', 'correct'],
		['200 km', '200km', 'correct'],
		['200 km', 'dwieście kilometrów', 'correct'],
		['200 km', '200', 'correct-with-note'],
		['200 km', '200 m', 'incorrect'],
		['200 km', '20 km', 'incorrect']
	]);
});

describe('dates, years and ranges', () => {
	run([
		['12 stycznia', '12.01', 'correct'],
		['12 stycznia', '12 stycznia', 'correct'],
		['12 stycznia', 'dwunastego stycznia', 'correct'],
		['12 stycznia', '12 styczeń', 'correct'],
		['12 stycznia', '12 stycznia 2022', 'correct-with-note'],
		['12 stycznia', '13 stycznia', 'incorrect'],
		['12 stycznia', '12.02', 'incorrect'],
		['12 stycznia', '12', 'incorrect'],
		['12 stycznia 2022 r.', '12.01.2022', 'correct'],
		['12 stycznia 2022 r.', '12 stycznia', 'correct-with-note'],
		['12 stycznia 2022 r.', '12 stycznia 2021', 'incorrect'],
		['w 2002 roku', '2002', 'correct'],
		['w 2002 roku', 'w 2002', 'correct'],
		['w 2002 roku', '2002 r.', 'correct'],
		['w 2002 roku', 'dwa tysiące drugim', 'correct'],
		['w 2002 roku', 'w 2003 roku', 'incorrect'],
		['w 2002 roku', 'w XXI wieku', 'incorrect'],
		['2002', 'w 2002 roku', 'correct'],
		['w latach 2016–2019', '2016-2019', 'correct'],
		['w latach 2016–2019', 'od 2016 do 2019', 'correct'],
		['w latach 2016–2019', '2016–19', 'correct'],
		['w latach 2016–2019', '2016-2018', 'incorrect'],
		['w latach 2016–2019', '2016', 'incorrect'],
		['od 1980 do 1981', '1980 do 1981', 'correct'],
		['5–16 listopada 1934 roku', '5-16 listopada 1934', 'correct'],
		['5–16 listopada 1934 roku', '5-17 listopada 1934', 'incorrect'],
		['od 1 lipca do 25 sierpnia', '1 lipca - 25 sierpnia', 'correct'],
		['jesienią 2021 roku', 'jesień 2021', 'correct'],
		['jesienią 2021 roku', 'jesienia 2021', 'correct-with-note'],
		['jesienią 2021 roku', 'w 2021 roku', 'correct-with-note'],
		['jesienią 2021 roku', 'jesienią', 'incorrect'],
		['jesienią 2021 roku', 'latem 2021', 'incorrect'],
		['we wrześniu 2024 roku', 'wrzesień 2024', 'correct'],
		['we wrześniu 2024 roku', 'we wrzesniu 2024', 'correct-with-note'],
		['w poniedziałek', 'poniedziałek', 'correct'],
		['w poniedziałek', 'we wtorek', 'incorrect'],
		['do czwartku', 'czwartek', 'correct'],
		['do czwartku', 'w czwartek', 'incorrect'],
		['od stycznia', 'do stycznia', 'incorrect'],
		['w XIX wieku', '19 wiek', 'correct'],
		['w latach 90.', 'lata dziewięćdziesiąte', 'correct'],
		['w latach 90.', 'w latach 80.', 'incorrect']
	]);
});

describe('words: case endings, prepositions, diacritics and typos', () => {
	run([
		['gwarancji bezpieczeństwa', 'gwarancje bezpieczeństwa', 'correct'],
		['gwarancji bezpieczeństwa', 'gwarancji bezpieczenstwa', 'correct-with-note'],
		['gwarancji bezpieczeństwa', 'gwarancji', 'incorrect'],
		['gwarancji bezpieczeństwa', 'braku gwarancji bezpieczeństwa', 'incorrect'],
		['w Warszawie', 'Warszawa', 'correct'],
		['w Warszawie', 'w Warszawie', 'correct'],
		['w Warszawie', 'w Krakowie', 'incorrect'],
		['Stoltenberg', 'Stoltenberga', 'correct'],
		['Stoltenberg', 'stoltenberg', 'correct'],
		['Jens Stoltenberg', 'Stoltenberg', 'correct-with-note'],
		['Jens Stoltenberg', 'Jens', 'incorrect'],
		['Jens Stoltenberg', 'Stoltenbreg', 'correct-with-note'],
		['Stoltenberg', 'Stoltenbreg', 'correct-with-note'],
		['Stoltenberg', 'Stoltbnreg', 'incorrect'],
		['bezpieczeństwa', 'bezpieczenstwa', 'correct-with-note'],
		['sekretarz generalny NATO', 'Sekretarz generalny NATO', 'correct'],
		['sekretarz generalny NATO', 'sekretarz NATO', 'incorrect'],
		['Moskwa', 'Warszawa', 'incorrect'],
		['Moskwa', 'Moskwa nie', 'incorrect'],
		['Rosja', 'rosja', 'correct'],
		['„Rada NATO-Rosja”', 'Rada NATO-Rosja', 'correct'],
		['Kreml', 'Krem', 'incorrect'],
		['„C7osure (You Like)”', 'C8osure (You Like)', 'incorrect'],
		['10-16 mm', '10-17 mm', 'incorrect'],
		['Ukraina', 'Ukrainą', 'correct']
	]);
});

describe('options: choice, true/false, order', () => {
	const choice: ExpectedAnswer = { answer: '2002', type: 'choice', options: ['2021', '2016', '1999', '2002'] };
	const tf = (answer: string): ExpectedAnswer => ({ answer, type: 'truefalse', options: ['Prawda', 'Fałsz'] });
	const order: ExpectedAnswer = { answer: 'inwazja\natak\nspotkania', type: 'order', options: ['atak', 'spotkania', 'inwazja'] };
	const gap: ExpectedAnswer = { answer: '200 km', type: 'gap', options: ['300km', '200 km', '400km', '100km'] };
	run([
		[choice, '2002', 'correct'],
		[choice, 'd', 'correct'],
		[choice, 'D)', 'correct'],
		[choice, '4', 'correct'],
		[choice, 'a', 'incorrect'],
		[choice, '2016', 'incorrect'],
		[choice, 'w 2002 roku', 'correct'],
		[gap, 'b', 'correct'],
		[gap, '200 kilometrów', 'correct'],
		[gap, '300km', 'incorrect'],
		[tf('Prawda'), 'prawda', 'correct'],
		[tf('Prawda'), 'tak', 'correct'],
		[tf('Prawda'), 'P', 'correct'],
		[tf('Prawda'), 'fałsz', 'incorrect'],
		[tf('Fałsz'), 'falsz', 'correct'],
		[tf('Fałsz'), 'nie', 'correct'],
		[tf('Fałsz'), 'f', 'correct'],
		[tf('Fałsz'), 'tak', 'incorrect'],
		[tf('Fałsz'), 'może', 'incorrect'],
		[order, 'inwazja\natak\nspotkania', 'correct'],
		[order, '3, 1, 2', 'correct'],
		[order, 'c-a-b', 'correct'],
		[order, 'atak\ninwazja\nspotkania', 'incorrect'],
		[order, 'inwazja\natak', 'incorrect']
	]);
});

describe('empty and overlong answers', () => {
	it('never accepts an empty answer', () => {
		for (const g of ['', '   ', '\n']) {
			const v = checkAnswer('122 tysiące', g);
			expect(v).toMatchObject({ kind: 'empty', correct: false });
		}
	});
	it('rejects answers over 500 characters with a message, even if they contain the answer', () => {
		const v = checkAnswer('2002', `2002 ${'bardzo długo '.repeat(50)}`);
		expect(v.correct).toBe(false);
		expect(v.feedback).toContain('za długa');
	});
});

describe('feedback', () => {
	it('is short, kind and Polish', () => {
		expect(checkAnswer('122 tysiące', '122 000').feedback).toBe('Dobrze!');
		expect(checkAnswer('122 tysiące', '122 tysiace').feedback).toBe('Dobrze! Uwaga na polskie znaki: tysiące.');
		expect(checkAnswer('Stoltenberg', 'Stoltenbreg').feedback).toBe('Dobrze! Uwaga na pisownię: Stoltenberg.');
		expect(checkAnswer('121 tysięcy', '122 tysiące').feedback).toBe('Niestety nie. Poprawna odpowiedź: 121 tysięcy.');
		expect(checkAnswer('w 2002 r.', '2003').feedback).toBe('Niestety nie. Poprawna odpowiedź: w 2002 r.');
		expect(checkAnswer('12 stycznia 2022 r.', '12 stycznia').feedback).toBe('Dobrze! Pełna odpowiedź: 12 stycznia 2022 r.');
	});
	it('uses accepted alternatives but shows the main answer', () => {
		const exp: ExpectedAnswer = { answer: 'Jens Stoltenberg', accept: ['sekretarz generalny NATO'] };
		expect(checkAnswer(exp, 'sekretarz generalny NATO').kind).toBe('correct');
		expect(checkAnswer(exp, 'Biden').feedback).toBe('Niestety nie. Poprawna odpowiedź: Jens Stoltenberg.');
	});
	it('reports canonical forms of numbers and dates', () => {
		const v = checkAnswer('122 tysiące', 'sto dwadzieścia dwa tysiące');
		expect([v.normalizedExpected, v.normalizedGiven]).toEqual(['122 000', '122 000']);
		expect(checkAnswer('w latach 2016–2019', 'od 2016 do 2019').normalizedGiven).toBe('2016–2019');
	});
});

// These rely on the PoliMorf dictionary (data/polimorf/pl.dict); they are skipped on the fallback.
const source = morphologyInfo().source;
describe('DICTIONARY: lemmas from PoliMorf', () => {
	it.skipIf(source !== 'polimorf')('accepts forms whose stems alternate', () => {
		expect(checkAnswer('w Kijowie', 'Kijów').kind).toBe('correct');
		expect(checkAnswer('Polsce', 'Polska').kind).toBe('correct');
		expect(checkAnswer('Niemiec', 'Niemcy').kind).toBe('correct');
	});
	it.skipIf(source !== 'polimorf')('does not take a real, different word for a typo', () => {
		expect(checkAnswer('szkoła', 'szkoda').kind).toBe('incorrect');
		expect(checkAnswer('wojna', 'wolna').kind).toBe('incorrect');
		expect(checkAnswer('policja', 'policjant').kind).toBe('incorrect');
	});
});

describe('FALLBACK: usable without the dictionary', () => {
	beforeAll(() => useFallbackMorphology(true));
	afterAll(() => useFallbackMorphology(false));
	run([
		['gwarancji bezpieczeństwa', 'gwarancje bezpieczeństwa', 'correct'],
		['w Warszawie', 'Warszawa', 'correct'],
		['Stoltenberg', 'Stoltenberga', 'correct'],
		['Stoltenberg', 'Stoltenbreg', 'correct-with-note'],
		['Austria', 'Australia', 'incorrect'],
		['Słowacja', 'Słowenia', 'incorrect'],
		['122 tysiące', '121 tysięcy', 'incorrect']
	]);
});

describe('with generated questions', () => {
	it('accepts every answer the generator lists and rejects the other options', async () => {
		const { readFileSync } = await import('node:fs');
		const { generateQuestions } = await import('./generate');
		const text = readFileSync(new URL('../server/seed/seed-article.txt', import.meta.url), 'utf8');
		const questions = generateQuestions(text);
		expect(questions.length).toBeGreaterThan(3);
		for (const q of questions) {
			const exp: ExpectedAnswer = { answer: q.answer, accept: q.accept, options: q.options, type: q.type };
			for (const a of [q.answer, ...q.accept]) expect(checkAnswer(exp, a).correct, `${q.prompt} ← ${a}`).toBe(true);
			if (q.type !== 'choice' && q.type !== 'gap') continue;
			const right = [q.answer, ...q.accept].map((a) => a.trim().toLowerCase());
			for (const o of q.options.filter((o) => !right.includes(o.trim().toLowerCase())))
				expect(checkAnswer(exp, o).correct, `${q.prompt} ← ${o}`).toBe(false);
		}
	});
});

describe('the note shown beside the verdict', () => {
	it('says only what the learner should notice', () => {
		expect(checkAnswer('122 tysiące', '122 tysiace').note).toBe('Uwaga na polskie znaki: tysiące.');
		expect(checkAnswer('2002', 'w 2002 roku').note).toBeUndefined();
		expect(checkAnswer('2002', '2003').note).toBeUndefined();
		expect(checkAnswer('2002', '2003').feedback).toBe('Niestety nie. Poprawna odpowiedź: 2002.');
	});
});

describe('word-form gaps', () => {
	const exp = { answer: 'granicy', type: 'form' as const };
	it('accepts exactly the form the sentence needs, in any letter case', () => {
		expect(checkAnswer(exp, 'granicy').correct).toBe(true);
		expect(checkAnswer(exp, ' Granicy. ').correct).toBe(true);
	});
	it('refuses the base form and another case, saying why', () => {
		const v = checkAnswer(exp, 'granica');
		expect(v.correct).toBe(false);
		expect(v.feedback).toContain('granicy');
	});
	it('refuses the form without Polish letters, with a note about them', () => {
		const v = checkAnswer({ answer: 'wojskiem', type: 'form' }, 'wojskiem');
		expect(v.correct).toBe(true);
		const w = checkAnswer({ answer: 'żołnierzy', type: 'form' }, 'zolnierzy');
		expect(w.correct).toBe(false);
		expect(w.note).toMatch(/polskich znaków/);
	});
	it('names the case when the form has only one', () => {
		expect(checkAnswer({ answer: 'kotem', type: 'form' }, 'kot').note).toMatch(/narzędnik/);
	});
});

describe('more ways a teacher would accept', () => {
	const right = (expected: string, given: string) => checkAnswer(expected, given);
	it('reads decimals in words', () => {
		expect(right('2,1 proc.', 'dwa przecinek jeden procent').correct).toBe(true);
		expect(right('2,1 proc.', 'dwa przecinek dwa procent').correct).toBe(false);
	});
	it('accepts the amount with the noun it counts, but not another amount', () => {
		expect(right('około 7 tysięcy', 'siedem tysięcy lat').correct).toBe(true);
		expect(right('około 7 tysięcy', 'osiem tysięcy lat').correct).toBe(false);
		expect(right('122 tysiące żołnierzy', '122 tysiące czołgów').correct).toBe(false);
	});
	it('reads an ordinal year written after "roku"', () => {
		expect(right('1376', 'w roku tysiąc trzysta siedemdziesiątym szóstym').correct).toBe(true);
		expect(right('1376', 'w roku tysiąc trzysta siedemdziesiątym piątym').correct).toBe(false);
	});
	it('takes a foreign name without its accents and without a note', () => {
		for (const [e, g] of [
			['Peña Nieto', 'Pena Nieto'],
			['José Mourinho', 'Jose Mourinho'],
			['Françoise Sagan', 'Francoise Sagan']
		]) {
			const v = right(e, g);
			expect(v.kind, g).toBe('correct');
		}
		expect(right('Wałęsa', 'Walesa').kind).toBe('correct-with-note');
	});
});
