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
		expect(ranked.map((s) => s.english)).toEqual(['job, occupation', 'work, labour', 'operation, run', 'work, job']);
	});
});

describe('freedictPos', () => {
	it('maps PoliMorf classes to FreeDict ones', () => {
		expect(freedictPos('subst')).toBe('n');
		expect(freedictPos('verb')).toBe('v');
		expect(freedictPos('ppas')).toBe('adj');
		expect(freedictPos('interj')).toBeUndefined();
	});
});
