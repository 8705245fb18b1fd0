import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
	const r = spawnSync('npx', ['tsx', 'scripts/check-answer.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check-answer CLI', { timeout: 30_000 }, () => {
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

	it('passes type and options through', () => {
		const r = cli('--expected', 'Fałsz', '--given', 'nie', '--type', 'truefalse', '--option', 'Prawda', '--option', 'Fałsz');
		expect(r.code).toBe(0);
	});

	it.each([[['--expected', 'x']], [['--given', 'x']], [['--expected', 'x', '--given', 'y', '--bogus']], [['--expected', 'x', '--given', 'y', '--type', 'essay']]])(
		'exits 2 with a one-line usage message for %j',
		(args) => {
			const r = cli(...args);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stderr).toContain('usage: check-answer');
		}
	);
});
