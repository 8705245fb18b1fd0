import { describe, expect, it } from 'vitest';
import { longArticle } from './engine';
import { quantile, runBenchmark, toJson, toTable, type BenchResult } from './harness';

describe('bench harness', () => {
	it('computes quantiles by linear interpolation', () => {
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
		expect(quantile([7], 0.95)).toBe(7);
	});

	it('times every call of every run and prepares each run', async () => {
		let calls = 0;
		let prepared = 0;
		const r = await runBenchmark({
			name: 't',
			report: 'time',
			fn: () => calls++,
			beforeRun: () => prepared++,
			iterations: 4,
			runs: 3,
			warmup: 2
		});
		expect(calls).toBe(2 + 12);
		expect(prepared).toBe(3);
		expect(r).toMatchObject({ name: 't', report: 'time', samples: 12 });
	});

	it('counts operations per call for rates', async () => {
		let calls = 0;
		const r = await runBenchmark({ name: 'r', report: 'rate', fn: () => calls++, iterations: 5, runs: 2, warmup: 0, opsPerCall: 100 });
		expect(calls).toBe(10);
		expect(r.report).toBe('rate');
		if (r.report === 'rate') expect(r.rate_per_s).toBeGreaterThan(0);
	});

	it('skips without calling anything and leaves skipped entries out of the JSON', async () => {
		let touched = false;
		const skipped = await runBenchmark({
			name: 's',
			report: 'time',
			fn: () => (touched = true),
			setup: () => (touched = true),
			skip: 'no dictionary'
		});
		expect(touched).toBe(false);
		expect(skipped).toEqual({ name: 's', report: 'skipped', reason: 'no dictionary' });
		const results: BenchResult[] = [
			skipped,
			{ name: 'a', report: 'time', median_ms: 1.234, p95_ms: 5.678, samples: 3 },
			{ name: 'b', report: 'rate', rate_per_s: 1234.4, runs: 5 }
		];
		expect(toJson(results)).toEqual({ a: { median_ms: 1.23, p95_ms: 5.68 }, b: { rate_per_s: 1234 } });
		expect(toTable(results)).toMatch(/s\s+skipped\s+no dictionary/);
	});
});

describe('engine benchmark input', () => {
	it('builds a long article of at least the requested number of words', () => {
		const text = longArticle('Ala ma kota. '.repeat(10), 5000);
		expect(text.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(5000);
	});
});
