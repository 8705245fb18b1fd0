import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';

const seed = readFileSync(join(import.meta.dirname, 'corpus/seed-article.txt'), 'utf8');

describe('extractFacts', () => {
	const facts = extractFacts(seed);
	const of = (kind: string) => facts.filter((f) => f.kind === kind);

	it('finds times with their kind, skipping the English embed', () => {
		const times = of('time').map((f) => [f.text, f.time?.kind]);
		expect(times).toContainEqual(['w 2002 roku', 'year']);
		expect(times).toContainEqual(['W latach 2016-2019', 'range']);
		expect(times).toContainEqual(['Jesienią 2021 roku', 'season']);
		expect(times).toContainEqual(['12 stycznia', 'date']);
		expect(times.some(([t]) => /January/.test(t ?? ''))).toBe(false);
	});

	it('reads a quantity with its counted noun and adjective', () => {
		const q = of('quantity').find((f) => f.text === '122 tysiące');
		expect(q?.quantity?.value).toBe(122000);
		expect(q?.quantity?.noun).toBe('żołnierzy rosyjskich');
	});

	it('links people to their role and speech, including a pro-drop follow-up', () => {
		expect(of('role').map((f) => f.text)).toContain('Sekretarz generalny NATO');
		const speakers = of('quote').map((f) => f.quote!.speaker);
		expect(speakers).toContain('Jens Stoltenberg');
		expect(speakers).toContain('Misja USA przy NATO');
		const dodal = of('quote').find((f) => f.quote!.verb === 'dodał');
		expect(dodal?.quote?.speaker).toBe('Jens Stoltenberg');
	});

	it('keeps evidence spans aligned with the text', () => {
		for (const f of facts) {
			expect(seed.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
			expect(seed.slice(f.start, f.end)).toBe(f.text);
		}
	});

	it('returns nothing for text without facts', () => {
		expect(extractFacts('')).toEqual([]);
		expect(extractFacts('Kot siedzi na oknie i patrzy na ptaki.')).toEqual([]);
	});
});
