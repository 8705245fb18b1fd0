// Evaluation only (never tuned on): how many of PoQuAD's human date/number questions our
// generator also asks about. An answer is covered when a generated question's answer and the
// human answer accept each other under checkAnswer (either direction), or denote the same
// number and unit, or the same moment (one side may be less specific).
//   npx tsx scripts/poquad-eval.ts [path] [--max N] [--json]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findTimeExpressions } from '../src/lib/polish/dates';
import { parseTimeAnswer, sameTime } from '../src/lib/polish/dates-answer';
import { findQuantities, parsePolishNumber } from '../src/lib/polish/numbers';
import { checkAnswer } from '../src/lib/questions/check';
import { generateQuestions } from '../src/lib/questions/generate';
import type { Question } from '../src/lib/questions/types';

interface Item {
	question: string;
	answer: string;
	natural: string;
}
interface Paragraph {
	id: string;
	title: string;
	context: string;
	questions: Item[];
}

const { values, positionals } = parseArgs({ options: { max: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
const path = positionals[0] ?? '/work/shared/data/poquad-dev-facts.json';
const max = Number(values.max ?? 20);
const data = JSON.parse(readFileSync(path, 'utf8')) as { paragraphs: Paragraph[] };

type Kind = 'date' | 'number';
function kindOf(answer: string): Kind | null {
	if (findTimeExpressions(answer).length || /\b\d{4}\b/.test(answer)) return 'date';
	if (findQuantities(answer).length || parsePolishNumber(answer) !== null) return 'number';
	return null;
}

/** Same number and unit, ignoring "ok.", "o", "ponad" and the like around it. */
function sameQuantity(a: string, b: string): boolean {
	const x = findQuantities(a, { includeYears: true });
	const y = findQuantities(b, { includeYears: true });
	return x.length === 1 && y.length === 1 && x[0].value === y[0].value && (x[0].unit ?? '') === (y[0].unit ?? '');
}

/** Same moment, allowing one side to be more specific ("1944" for "1 sierpnia 1944"). */
function sameMoment(a: string, b: string): boolean {
	const x = parseTimeAnswer(a);
	const y = parseTimeAnswer(b);
	return !!x && !!y && sameTime(x, y) !== 'different';
}

function agrees(q: Question, human: string): boolean {
	if (sameQuantity(q.answer, human) || sameMoment(q.answer, human)) return true;
	if (checkAnswer({ answer: q.answer, accept: q.accept, type: 'wh' }, human).correct) return true;
	return checkAnswer({ answer: human, type: 'wh' }, q.answer).correct;
}

const tally = { date: { n: 0, covered: 0, asked: 0 }, number: { n: 0, covered: 0, asked: 0 } };
let generated = 0;
let ms = 0;
for (const p of data.paragraphs) {
	const t0 = performance.now();
	const qs = generateQuestions(p.context, { max });
	ms += performance.now() - t0;
	generated += qs.length;
	const answerable = qs.filter((q) => q.type !== 'truefalse' && q.type !== 'order');
	for (const item of p.questions) {
		const kind = kindOf(item.natural);
		if (!kind) continue;
		tally[kind].n++;
		const hit = answerable.filter((q) => agrees(q, item.natural));
		if (hit.length) tally[kind].covered++;
		if (hit.some((q) => q.type === 'wh' || q.type === 'choice')) tally[kind].asked++;
	}
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0') + '%';
const all = {
	n: tally.date.n + tally.number.n,
	covered: tally.date.covered + tally.number.covered,
	asked: tally.date.asked + tally.number.asked
};
if (values.json) {
	process.stdout.write(JSON.stringify({ max, paragraphs: data.paragraphs.length, generated, tally, all }, null, 2) + '\n');
} else {
	console.log(
		`PoQuAD dev facts: ${data.paragraphs.length} paragraphs, ${generated} questions generated (max ${max} each, ${(ms / data.paragraphs.length).toFixed(1)} ms per paragraph)`
	);
	console.log(`kind     human  covered (any type)  covered by a wh/choice question`);
	for (const k of ['date', 'number'] as const)
		console.log(
			`${k.padEnd(8)} ${String(tally[k].n).padStart(5)}  ${pct(tally[k].covered, tally[k].n).padStart(18)}  ${pct(tally[k].asked, tally[k].n).padStart(30)}`
		);
	console.log(
		`${'all'.padEnd(8)} ${String(all.n).padStart(5)}  ${pct(all.covered, all.n).padStart(18)}  ${pct(all.asked, all.n).padStart(30)}`
	);
}
