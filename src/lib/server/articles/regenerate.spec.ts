import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/questions/types';
import { planRegeneration, type ExistingQuestion } from './regenerate';

const ev = (sentence: string, start = 0) => ({ sentence, start, end: start + sentence.length });
const gen = (key: string): Question => ({
	key,
	type: 'wh',
	prompt: `P ${key}?`,
	answer: key,
	accept: [],
	options: [],
	evidence: ev(key),
	skill: 'detail',
	difficulty: 1,
	score: 1
});
const old = (
	id: string,
	origin: ExistingQuestion['origin'],
	genKey: string | null,
	position: number,
	archived = false
): ExistingQuestion => ({
	id,
	origin,
	genKey,
	position,
	archived,
	evidence: ev('Stare zdanie.', 0)
});

describe('planRegeneration', () => {
	const existing = [
		old('g1', 'generated', 'k1', 0),
		old('g2', 'generated', 'k2', 1),
		old('g3', 'generated', 'k3', 2),
		old('e1', 'edited', 'k4', 3),
		old('t1', 'teacher', null, 4)
	];
	const plan = planRegeneration(existing, [gen('k1'), gen('k4'), gen('k9')], 'Nowy tekst. Stare zdanie.', new Set(['g2']));

	it('refreshes generated questions produced again and keeps their place', () => {
		expect(plan.refresh.map((r) => r.id)).toEqual(['g1']);
	});
	it('archives vanished ones that are referenced and removes the rest', () => {
		expect(plan.archive).toEqual(['g2']);
		expect(plan.remove).toEqual(['g3']);
	});
	it('never regenerates over an edited question and appends new ones at the end', () => {
		expect(plan.order).toEqual([{ id: 'g1' }, { id: 'e1' }, { id: 't1' }, { add: gen('k9') }]);
	});
	it('moves the evidence of kept questions to where the sentence now is', () => {
		expect(plan.relocate).toEqual([
			{ id: 'e1', evidence: ev('Stare zdanie.', 12) },
			{ id: 't1', evidence: ev('Stare zdanie.', 12) }
		]);
	});
});
