import { describe, expect, it } from 'vitest';
import { freedictPos, rankSenses } from './senses';

describe('rankSenses', () => {
	it('puts slang and specialised senses after everyday ones, FreeDict order breaking ties', () => {
		const ranked = rankSenses([
			{ english: 'dust bunny', labels: ['potocznie'] },
			{ english: 'cat', labels: ['zoologia', 'zoologiczny'] },
			{ english: 'freshman', labels: ['slangowo'] },
			{ english: 'tomcat' }
		]);
		expect(ranked.map((s) => s.english)).toEqual(['cat', 'tomcat', 'dust bunny', 'freshman']);
	});

	it('prefers the English words several senses share, and merges repeated glosses', () => {
		const ranked = rankSenses([
			{ english: 'work, job', labels: ['fizyka'] },
			{ english: 'operation, run' },
			{ english: 'job, occupation' },
			{ english: 'work, labour' },
			{ english: 'operation, run' }
		]);
		expect(ranked.map((s) => s.english)).toEqual(['job, occupation', 'work, labour', 'work, job', 'operation, run']);
	});

	it('pushes specialised fields down a little and forms of address further', () => {
		const ranked = rankSenses([
			{ english: 'retina', labels: ['anatomia'] },
			{ english: 'volleyball', labels: ['sport'] }
		]);
		expect(ranked[0].english).toBe('volleyball');
		const state = rankSenses([
			{ english: 'Mrs. and Mr.', polish: 'oficjalna pisana forma grzecznościowa' },
			{ english: 'state, country', labels: ['polityka'] }
		]);
		expect(state[0].english).toBe('state, country');
	});
});

describe('freedictPos', () => {
	it('maps PoliMorf classes to FreeDict ones', () => {
		expect(freedictPos('subst')).toContain('n');
		expect(freedictPos('verb')).toEqual(['v', 'modal']);
		expect(freedictPos('conj')).toContain('conjunction');
		expect(freedictPos('xxx')).toEqual([]);
	});
});
