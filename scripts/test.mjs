// `npm test`: every check and test, in two lanes at once so that both cores work. One by one, the static
// checks (single-threaded) left a core idle for two minutes; side by side with the tests they fill it.
//   checks: svelte-check, Prettier, ESLint, knip (their output is printed when each one ends)
//   tests:  Vitest, then the browser tests (their output is streamed as it comes)
// A lane stops at its first failure; the other lane finishes, and the exit code says whether all passed.
import { spawn, spawnSync } from 'node:child_process';

const lanes = {
	checks: [
		['svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json']],
		['prettier', 'npx', ['prettier', '--check', '.']],
		['eslint', 'npx', ['eslint', '.']],
		['knip', 'npx', ['knip']]
	],
	tests: [
		['vitest', 'npx', ['vitest', 'run']],
		['e2e', 'node', ['scripts/e2e.mjs']]
	]
};
const streamed = 'tests';

const started = Date.now();
const seconds = (from) => `${Math.round((Date.now() - from) / 1000)} s`;

// Generated types (and the tsconfig the build extends) must exist before either lane starts.
const sync = spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });
if (sync.status !== 0) process.exit(sync.status ?? 1);

/** Runs one step; its output goes through line by line (streamed) or in one block at the end. */
function run(name, command, args, stream) {
	return new Promise((resolve) => {
		const from = Date.now();
		// Piped, the tools would drop their colours; keep them when a person watches.
		const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
		const kept = [];
		let partial = '';
		const take = (chunk) => {
			if (!stream) return kept.push(chunk);
			// Whole lines only, so the other lane's blocks never land inside one.
			const text = partial + chunk.toString();
			const end = text.lastIndexOf('\n') + 1;
			process.stdout.write(text.slice(0, end));
			partial = text.slice(end);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('close', (code) => {
			if (partial) process.stdout.write(partial + '\n');
			const verdict = code === 0 ? 'passed' : `FAILED (exit ${code})`;
			if (stream) process.stdout.write(`\n── ${name}: ${verdict} in ${seconds(from)}\n`);
			else process.stdout.write(`\n── ${name}: ${verdict} in ${seconds(from)} ──\n${Buffer.concat(kept).toString().trimEnd()}\n──\n`);
			resolve(code === 0);
		});
	});
}

async function lane(name) {
	for (const [step, command, args] of lanes[name]) {
		if (!(await run(step, command, args, name === streamed))) return step;
	}
	return null;
}

const failed = (await Promise.all(Object.keys(lanes).map(lane))).filter(Boolean);
console.log(`\nnpm test: ${failed.length ? `FAILED (${failed.join(', ')})` : 'all passed'} in ${seconds(started)}`);
process.exit(failed.length ? 1 : 0);
