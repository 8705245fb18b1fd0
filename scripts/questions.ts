// Print the ranked comprehension questions for an article:
//   npm run questions -- FILE [--json] [--max N]      (FILE may be "-" for standard input)
// Exit 0 = questions printed (possibly none), 2 = unusable input or wrong usage.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleText } from '../src/lib/polish/article';
import { cleanArticle } from '../src/lib/polish/clean';
import { generateQuestions } from '../src/lib/questions/generate';
import { englishMeanings } from '../src/lib/server/words/glossary-file';

const USAGE = 'usage: questions FILE|- [--json] [--max N]';
const MAX_BYTES = 5 * 1024 * 1024;

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

function readInput(path: string): Buffer {
	if (path === '-') return readFileSync(0);
	let size: number;
	try {
		const st = statSync(path);
		if (!st.isFile()) fail(`not a file: ${path}`);
		size = st.size;
	} catch {
		fail(`cannot read file: ${path}`);
	}
	if (size > MAX_BYTES) fail(`file too large (over 5 MB): ${path}`);
	return readFileSync(path);
}

let parsed;
try {
	parsed = parseArgs({ options: { json: { type: 'boolean' }, max: { type: 'string' } }, allowPositionals: true, strict: true });
} catch (e) {
	fail(`${e instanceof Error ? e.message.split('\n')[0] : String(e)}; ${USAGE}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(USAGE);
const max = values.max === undefined ? 20 : Number(values.max);
if (!Number.isInteger(max) || max < 1) fail(`--max must be a positive whole number; ${USAGE}`);

const bytes = readInput(positionals[0]);
if (bytes.length > MAX_BYTES) fail('input too large (over 5 MB)');
if (bytes.includes(0)) fail('binary input (NUL bytes): expected plain UTF-8 text');
let raw: string;
try {
	raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
	fail('input is not valid UTF-8 text');
}
if (!raw.trim()) fail('empty text: nothing to ask about');

const text = articleText(cleanArticle(raw).blocks);
const questions = generateQuestions(text, { max, meaning: englishMeanings });

if (values.json) {
	const out = questions.map(({ type, prompt, answer, accept, options, evidence, skill, difficulty, score }) => ({ type, prompt, answer, accept, options, evidence, skill, difficulty, score }));
	process.stdout.write(JSON.stringify({ questions: out }, null, 2) + '\n');
} else if (questions.length === 0) {
	process.stdout.write('No questions: the text has no dates, numbers, people or quotes to ask about.\n');
} else {
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
	process.stdout.write(lines.join('\n'));
}
