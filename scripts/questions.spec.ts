import { spawnSync } from 'node:child_process';
import { questionsCli } from './cli/questions';
import { memoryIo } from './cli/test-io';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const seed = join(root, 'src/lib/questions/corpus/seed-article.txt');
const tmp = mkdtempSync(join(tmpdir(), 'questions-cli-'));

function run(args: string[], input?: string | Buffer) {
	const t = memoryIo(input);
	const code = questionsCli(args, t.io);
	return { code, out: t.out(), err: t.err() };
}

describe('questions CLI', () => {
	it('prints numbered, readable questions for a file', () => {
		const r = run([seed]);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^1\. \[(wh|gap|choice|truefalse|order), /);
		expect(r.out).toContain('answer: ');
		expect(r.out).toContain('evidence: ');
		expect(r.out).toContain('Rada NATO-Rosja');
	});

	it('prints JSON with the documented fields, reading standard input', () => {
		const r = run(['-', '--json', '--max', '5'], readFileSyncUtf8(seed));
		expect(r.code).toBe(0);
		const parsed = JSON.parse(r.out) as { questions: Record<string, unknown>[] };
		expect(parsed.questions.length).toBe(5);
		for (const q of parsed.questions) {
			expect(Object.keys(q).sort()).toEqual(['accept', 'answer', 'difficulty', 'evidence', 'options', 'prompt', 'score', 'skill', 'type']);
		}
	});

	it('drops the advert and the English embed before asking', () => {
		const r = run([seed, '--json', '--max', '40']);
		const parsed = JSON.parse(r.out) as { questions: { prompt: string; evidence: { sentence: string } }[] };
		for (const q of parsed.questions) {
			expect(q.evidence.sentence).not.toMatch(/REKLAMA|pic\.twitter|Each country/);
		}
	});

	const bad: [string, () => string[], string | Buffer | undefined, RegExp][] = [
		['a missing file', () => [join(tmp, 'nope.txt')], undefined, /cannot read file/],
		['an empty text', () => ['-'], '  \n\n ', /empty text/],
		[
			'a binary file',
			() => {
				const p = join(tmp, 'bin.dat');
				writeFileSync(p, Buffer.from([0x50, 0x00, 0x01, 0x02]));
				return [p];
			},
			undefined,
			/binary/
		],
		[
			'invalid UTF-8',
			() => {
				const p = join(tmp, 'latin2.txt');
				writeFileSync(p, Buffer.from([0x5a, 0xb3, 0x6f, 0x74, 0x79]));
				return [p];
			},
			undefined,
			/UTF-8/
		],
		[
			'a text over 5 MB',
			() => {
				const p = join(tmp, 'big.txt');
				writeFileSync(p, 'Ala ma kota. '.repeat(420_000));
				return [p];
			},
			undefined,
			/too large/
		],
		['no file argument', () => [], undefined, /usage/],
		['a bad --max', () => [seed, '--max', 'abc'], undefined, /--max/]
	];
	for (const [name, args, input, message] of bad) {
		it(`rejects ${name} with one clear line and exit code 2`, () => {
			const r = run(args(), input);
			expect(r.code).toBe(2);
			expect(r.err.trim().split('\n')).toHaveLength(1);
			expect(r.err).toMatch(message);
			expect(r.err).not.toMatch(/at .*\.ts:\d+/);
		});
	}
});

describe('questions program', () => {
	it('runs as a program: questions on standard output, exit code 0', { timeout: 60_000 }, () => {
		const r = spawnSync(
			process.execPath,
			[join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/questions.ts'), seed, '--json', '--max', '3'],
			{ encoding: 'utf8', cwd: root }
		);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).questions).toHaveLength(3);
	});
});

function readFileSyncUtf8(p: string): string {
	return readFileSync(p, 'utf8');
}
