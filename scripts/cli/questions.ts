// Ranked questions for an article: FILE|- [--json] [--max N].
// Exit 0 = questions printed (possibly none), 2 = unusable input or wrong usage.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleText } from '../../src/lib/polish/article';
import { cleanArticle } from '../../src/lib/polish/clean';
import { generateQuestions } from '../../src/lib/questions/generate';
import type { Question } from '../../src/lib/questions/types';
import { englishMeanings } from '../../src/lib/server/words/glossary-file';
import { CliError, runCli, type CliIo } from './io';

const USAGE = 'usage: questions FILE|- [--json] [--max N]';
const MAX_BYTES = 5 * 1024 * 1024;

function readInput(path: string, io: CliIo): Buffer {
	if (path === '-') return io.stdin();
	let size: number;
	try {
		const st = statSync(path);
		if (!st.isFile()) throw new CliError(`not a file: ${path}`);
		size = st.size;
	} catch (e) {
		if (e instanceof CliError) throw e;
		throw new CliError(`cannot read file: ${path}`);
	}
	if (size > MAX_BYTES) throw new CliError(`file too large (over 5 MB): ${path}`);
	return readFileSync(path);
}

function decode(bytes: Buffer): string {
	if (bytes.length > MAX_BYTES) throw new CliError('input too large (over 5 MB)');
	if (bytes.includes(0)) throw new CliError('binary input (NUL bytes): expected plain UTF-8 text');
	let raw: string;
	try {
		raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new CliError('input is not valid UTF-8 text');
	}
	if (!raw.trim()) throw new CliError('empty text: nothing to ask about');
	return raw;
}

function readable(questions: Question[]): string {
	if (questions.length === 0) return 'No questions: the text has no dates, numbers, people or quotes to ask about.\n';
	const lines: string[] = [];
	questions.forEach((q, i) => {
		lines.push(`${i + 1}. [${q.type}, ${q.skill}, difficulty ${q.difficulty}, score ${q.score}]`);
		lines.push(`   ${q.prompt.replace(/\n/g, '\n   ')}`);
		if (q.options.length) lines.push(`   options: ${q.options.join(' | ')}`);
		lines.push(`   answer: ${q.answer.replace(/\n/g, ' → ')}`);
		if (q.accept.length) lines.push(`   also accepted: ${q.accept.join('; ')}`);
		lines.push(`   evidence: ${q.evidence.sentence}`);
		lines.push('');
	});
	return lines.join('\n');
}

export function questionsCli(args: string[], io: CliIo): number {
	return runCli(io, () => {
		let parsed;
		try {
			parsed = parseArgs({ args, options: { json: { type: 'boolean' }, max: { type: 'string' } }, allowPositionals: true, strict: true });
		} catch (e) {
			throw new CliError(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}; ${USAGE}`);
		}
		const { values, positionals } = parsed;
		if (positionals.length !== 1) throw new CliError(USAGE);
		const max = values.max === undefined ? 20 : Number(values.max);
		if (!Number.isInteger(max) || max < 1) throw new CliError(`--max must be a positive whole number; ${USAGE}`);
		const text = articleText(cleanArticle(decode(readInput(positionals[0], io))).blocks);
		const questions = generateQuestions(text, { max, meaning: englishMeanings });
		if (values.json) {
			const out = questions.map(({ type, prompt, answer, accept, options, evidence, skill, difficulty, score }) => ({
				type,
				prompt,
				answer,
				accept,
				options,
				evidence,
				skill,
				difficulty,
				score
			}));
			io.stdout(JSON.stringify({ questions: out }, null, 2) + '\n');
		} else io.stdout(readable(questions));
		return 0;
	});
}
