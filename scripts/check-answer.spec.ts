import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswerCli } from './cli/check-answer';
import { memoryIo } from './cli/test-io';

function cli(...args: string[]) {
	const t = memoryIo();
	const code = checkAnswerCli(args, t.io);
	return { code, stdout: t.out(), stderr: t.err() };
}

describe('check-answer CLI', () => {
	it('prints the verdict as JSON and exits 0 for an accepted answer', () => {
		const r = cli('--expected', '122 tysiące', '--given', 'sto dwadzieścia dwa tysiące');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ correct: true, kind: 'correct', feedback: 'Dobrze!' });
	});

	it('exits 1 for a wrong number, however close', () => {
		const r = cli('--expected', '122 tysiące', '--given', '121 tysięcy');
		expect(r.code).toBe(1);
		expect(JSON.parse(r.stdout)).toMatchObject({ correct: false, kind: 'incorrect' });
	});

	it('exits 1 for an empty answer', () => {
		const r = cli('--expected=2002', '--given=');
		expect(r.code).toBe(1);
		expect(JSON.parse(r.stdout).kind).toBe('empty');
	});

	it('passes type and options through, word forms included', () => {
		expect(cli('--expected', 'Fałsz', '--given', 'nie', '--type', 'truefalse', '--option', 'Prawda', '--option', 'Fałsz').code).toBe(0);
		expect(cli('--expected', 'granicy', '--given', 'granica', '--type', 'form').code).toBe(1);
	});

	it.each([
		[['--expected', 'x']],
		[['--given', 'x']],
		[['--expected', 'x', '--given', 'y', '--bogus']],
		[['--expected', 'x', '--given', 'y', '--type', 'essay']]
	])('exits 2 with a one-line usage message for %j', (args) => {
		const r = cli(...args);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain('usage: check-answer');
	});

	it('runs as a program: JSON on standard output and the exit code', { timeout: 60_000 }, () => {
		const root = join(import.meta.dirname, '..');
		const r = spawnSync(
			process.execPath,
			[join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-answer.ts'), '--expected', '2002', '--given', '2003'],
			{ encoding: 'utf8', cwd: root }
		);
		expect(r.status).toBe(1);
		expect(JSON.parse(r.stdout).correct).toBe(false);
	});
});
