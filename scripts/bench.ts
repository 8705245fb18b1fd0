// Runs every benchmark module in scripts/bench/ (each exports `benchmarks`).
//   npm run bench                    readable table
//   npm run -s bench -- --json       one JSON object: name → {median_ms, p95_ms} | {rate_per_s}
//   npm run bench -- --filter check  only benchmarks whose name contains "check"
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runBenchmark, toJson, toTable, type Benchmark, type BenchResult } from './bench/harness';

type ModuleExport = Benchmark[] | (() => Benchmark[] | Promise<Benchmark[]>);

const USAGE = 'usage: bench [--json] [--filter TEXT] [--module NAME]';

let args;
try {
	args = parseArgs({
		options: { json: { type: 'boolean' }, filter: { type: 'string' }, module: { type: 'string' } },
		strict: true
	}).values;
} catch (e) {
	process.stderr.write(`${e instanceof Error ? e.message.split('\n')[0] : e}; ${USAGE}\n`);
	process.exit(2);
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const modules = readdirSync(dir)
	.filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'harness.ts')
	.filter((f) => !args.module || f === `${args.module}.ts`)
	.sort();

// In JSON mode stdout carries exactly one object, so chatter from the code under test goes to stderr.
const log = console.log;
if (args.json) console.log = (...xs: unknown[]) => console.error(...xs);
const progress = (s: string) => (args.json ? process.stderr.write(s + '\n') : log(s));

const results: BenchResult[] = [];
for (const file of modules) {
	const mod = (await import(pathToFileURL(join(dir, file)).href)) as { benchmarks?: ModuleExport };
	if (!mod.benchmarks) {
		progress(`(${file} exports no benchmarks)`);
		continue;
	}
	const list = typeof mod.benchmarks === 'function' ? await mod.benchmarks() : mod.benchmarks;
	for (const b of list) {
		if (args.filter && !b.name.includes(args.filter)) continue;
		progress(`… ${b.name}`);
		const r = await runBenchmark(b);
		if (r.report === 'skipped') progress(`  skipped ${r.name}: ${r.reason}`);
		results.push(r);
	}
}

if (args.json) process.stdout.write(JSON.stringify(toJson(results)) + '\n');
else log('\n' + toTable(results));
