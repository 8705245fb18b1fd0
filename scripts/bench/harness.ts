/**
 * A tiny benchmark runner. A benchmark module (scripts/bench/<name>.ts) exports `benchmarks`:
 * an array of Benchmark, or a (possibly async) function returning one, so it can probe for
 * optional pieces and return `skip` entries instead of failing.
 */
export interface Benchmark {
	name: string;
	/** 'time': milliseconds per call (median, p95). 'rate': operations per second (median of runs). */
	report: 'time' | 'rate';
	/** One call of the measured operation. */
	fn: () => unknown;
	/** Once before anything is measured (not timed). */
	setup?: () => unknown;
	/** Before each run (not timed), e.g. a fresh dictionary before cold lookups. */
	beforeRun?: () => unknown;
	/** Calls per run; for 'rate' without it, calls are repeated for durationMs. */
	iterations?: number;
	durationMs?: number;
	/** Independent runs; results are the median over runs (rate) or over all samples (time). */
	runs?: number;
	/** Untimed calls before the first run. */
	warmup?: number;
	/** Operations one call stands for (one call that checks 40 answers = 40 operations). */
	opsPerCall?: number;
	/** Set instead of fn's work when a prerequisite is missing; the runner prints it and moves on. */
	skip?: string;
	/** Free text for the table, e.g. input size. */
	note?: string;
}

export type BenchResult =
	| { name: string; report: 'time'; median_ms: number; p95_ms: number; samples: number; note?: string }
	| { name: string; report: 'rate'; rate_per_s: number; runs: number; note?: string }
	| { name: string; report: 'skipped'; reason: string };

export function quantile(sorted: number[], q: number): number {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const median = (xs: number[]) =>
	quantile(
		[...xs].sort((a, b) => a - b),
		0.5
	);

export async function runBenchmark(b: Benchmark): Promise<BenchResult> {
	if (b.skip) return { name: b.name, report: 'skipped', reason: b.skip };
	await b.setup?.();
	for (let i = 0; i < (b.warmup ?? 1); i++) await b.fn();
	const runs = b.runs ?? 5;
	const note = b.note ? { note: b.note } : {};
	if (b.report === 'time') {
		const samples: number[] = [];
		for (let r = 0; r < runs; r++) {
			await b.beforeRun?.();
			for (let i = 0; i < (b.iterations ?? 10); i++) {
				const t0 = performance.now();
				await b.fn();
				samples.push(performance.now() - t0);
			}
		}
		samples.sort((a, c) => a - c);
		return {
			name: b.name,
			report: 'time',
			median_ms: quantile(samples, 0.5),
			p95_ms: quantile(samples, 0.95),
			samples: samples.length,
			...note
		};
	}
	const rates: number[] = [];
	for (let r = 0; r < runs; r++) {
		await b.beforeRun?.();
		let calls = 0;
		const t0 = performance.now();
		let elapsed = 0;
		if (b.iterations) {
			for (; calls < b.iterations; calls++) await b.fn();
			elapsed = performance.now() - t0;
		} else {
			const limit = b.durationMs ?? 1000;
			while ((elapsed = performance.now() - t0) < limit) {
				await b.fn();
				calls++;
			}
		}
		rates.push((calls * (b.opsPerCall ?? 1) * 1000) / elapsed);
	}
	return { name: b.name, report: 'rate', rate_per_s: median(rates), runs, ...note };
}

const round = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 100) / 100);

/** The machine-readable form: name → {median_ms, p95_ms} or {rate_per_s}; skipped ones left out. */
export function toJson(results: BenchResult[]): Record<string, { median_ms: number; p95_ms: number } | { rate_per_s: number }> {
	const out: Record<string, { median_ms: number; p95_ms: number } | { rate_per_s: number }> = {};
	for (const r of results) {
		if (r.report === 'time') out[r.name] = { median_ms: round(r.median_ms), p95_ms: round(r.p95_ms) };
		if (r.report === 'rate') out[r.name] = { rate_per_s: Math.round(r.rate_per_s) };
	}
	return out;
}

export function toTable(results: BenchResult[]): string {
	const rows = results.map((r) => {
		if (r.report === 'skipped') return [r.name, 'skipped', '', r.reason];
		if (r.report === 'time') return [r.name, `${round(r.median_ms)} ms median`, `p95 ${round(r.p95_ms)} ms (n=${r.samples})`, r.note ?? ''];
		return [r.name, `${Math.round(r.rate_per_s).toLocaleString('en-US')} /s`, `median of ${r.runs} runs`, r.note ?? ''];
	});
	const head = ['benchmark', 'result', 'spread', 'note'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
