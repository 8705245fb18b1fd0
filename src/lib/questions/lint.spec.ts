import { describe, expect, it } from 'vitest';
import { lintQuestions } from './lint';
import type { Question } from './types';

const article =
	'Rada NATO-Rosja powstała w 2002 roku. W Warszawie temperatura wzrośnie do 30 st. C, a wieczorem przyjdą burze. Fot. Jan Nowak / PAP.';
const q = (over: Partial<Question>): Question => ({
	key: 'k',
	type: 'wh',
	prompt: 'Kiedy powstała Rada NATO-Rosja?',
	answer: '2002',
	accept: [],
	options: [],
	skill: 'time',
	difficulty: 2,
	score: 1,
	evidence: { sentence: 'Rada NATO-Rosja powstała w 2002 roku.', start: 0, end: 37 },
	...over
});
const kinds = (x: Question[]) => lintQuestions(x, article).map((p) => p.kinds);

describe('surface check of generated questions', () => {
	it('passes a clean question', () => expect(kinds([q({})])).toEqual([[]]));
	it('catches a prompt that starts inside a sentence', () => {
		expect(kinds([q({ type: 'truefalse', prompt: 'C, a wieczorem przyjdą burze.' })])[0]).toContain('fragment-start');
		expect(kinds([q({ prompt: 'a wieczorem przyjdą burze?' })])[0]).toContain('fragment-start');
	});
	it('catches a cut before the question mark', () => {
		expect(kinds([q({ prompt: 'Kiedy decyzje zapadły z 3 maja i?' })])[0]).toContain('dangling-end');
		expect(kinds([q({ prompt: 'Kiedy szef odejdzie ze stanowiska z dniem?' })])[0]).toContain('dangling-end');
	});
	it('catches a unit cut off from its number', () => {
		const sentence = 'W Warszawie temperatura wzrośnie do 30 st. C, a wieczorem przyjdą burze.';
		expect(kinds([q({ prompt: 'Gdzie temperatura wzrośnie do 30 st?', evidence: { sentence, start: 38, end: 110 } })])[0]).toContain(
			'lost-unit'
		);
	});
	it('catches an abbreviation that lost its dot in a rebuilt question', () => {
		expect(kinds([q({ prompt: 'Gdzie ok 600 osób czekało na pociąg?' })])[0]).toContain('bare-abbreviation');
		expect(kinds([q({ prompt: 'Ile osób czekało na pociąg o godz. 17?' })])[0]).not.toContain('bare-abbreviation');
	});
	it('catches a capital on a common noun inside a question, not on names', () => {
		expect(kinds([q({ prompt: 'Kiedy Spółka zbudowała most?' })])[0]).toContain('inner-capital');
		expect(kinds([q({ prompt: 'Kiedy w Warszawie powstała Rada NATO-Rosja?' })])[0]).not.toContain('inner-capital');
	});
	it('catches clutter and a fact asked twice', () => {
		expect(
			kinds([
				q({ type: 'truefalse', prompt: 'Fot. Jan Nowak / PAP.', evidence: { sentence: 'Fot. Jan Nowak / PAP.', start: 111, end: 132 } })
			])[0]
		).toContain('clutter');
		expect(kinds([q({}), q({ type: 'gap', prompt: 'Rada NATO-Rosja powstała w ____ roku.' })])[1]).toContain('repeat');
	});
});
