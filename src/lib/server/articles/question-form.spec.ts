import { describe, expect, it } from 'vitest';
import type { QuestionType } from '$lib/domain/question-types';
import { parseValues } from '../forms/parse';
import { questionForm, type QuestionInput } from './question-form';

const base: QuestionInput = { type: 'wh', prompt: 'Kiedy otwarto most?', answer: 'w piątek', accept: '', options: '', skill: 'time' };
const parse = (over: Partial<QuestionInput>, types?: QuestionType[]) => parseValues(questionForm(types), { ...base, ...over });

describe('parseQuestion', () => {
	it('accepts an open question with alternatives, one per line, without duplicates of the answer', () => {
		expect(parse({ accept: '12 maja\n\n 12 maja \nW piątek' })).toEqual({
			ok: true,
			data: { type: 'wh', prompt: 'Kiedy otwarto most?', answer: 'w piątek', accept: ['12 maja'], options: [], skill: 'time' }
		});
	});

	it('refuses an empty prompt or answer', () => {
		expect(parse({ prompt: '   ' })).toMatchObject({ ok: false, message: 'Wpisz treść pytania.' });
		expect(parse({ answer: '' })).toMatchObject({ ok: false, message: 'Wpisz poprawną odpowiedź.' });
	});

	it('needs a choice answer among at least two options', () => {
		expect(parse({ type: 'choice', options: 'w piątek' })).toMatchObject({ ok: false });
		expect(parse({ type: 'choice', options: 'w sobotę\nw niedzielę' })).toMatchObject({
			ok: false,
			message: 'Poprawna odpowiedź musi być jedną z odpowiedzi do wyboru.'
		});
		expect(parse({ type: 'choice', options: 'W piątek\nw sobotę' })).toMatchObject({ ok: true, data: { answer: 'W piątek' } });
	});

	it('takes only Prawda/Fałsz for true-false and sets the options itself', () => {
		expect(parse({ type: 'truefalse', answer: 'tak' })).toMatchObject({ ok: false });
		expect(parse({ type: 'truefalse', answer: 'fałsz' })).toMatchObject({
			ok: true,
			data: { answer: 'Fałsz', options: ['Prawda', 'Fałsz'] }
		});
	});

	it('needs a marked gap in a gap question', () => {
		expect(parse({ type: 'gap', prompt: 'Most otwarto w piątek.' })).toMatchObject({ ok: false });
		expect(parse({ type: 'gap', prompt: 'Most otwarto w ___.', answer: 'piątek' })).toMatchObject({
			ok: true,
			data: { prompt: 'Most otwarto w ____.', options: [] }
		});
	});

	it('refuses types the teacher may not choose, and checks order items when editing an order question', () => {
		expect(parse({ type: 'order' })).toMatchObject({ ok: false, message: 'Wybierz rodzaj pytania.' });
		const order = { type: 'order', answer: 'A\nB\nC', options: 'C\nA\nB' };
		expect(parse(order, ['order'])).toMatchObject({ ok: true, data: { answer: 'A\nB\nC', options: ['C', 'A', 'B'] } });
		expect(parse({ ...order, options: 'C\nA\nD' }, ['order'])).toMatchObject({ ok: false });
	});
});
