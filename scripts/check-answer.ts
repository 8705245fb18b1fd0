// Judge one answer from the command line:
//   npm run check-answer -- --expected "122 tysiące" --given "122 000"
// Prints the verdict as JSON; exit 0 = accepted, 1 = rejected, 2 = wrong usage.
import { parseArgs } from 'node:util';
import { checkAnswer } from '../src/lib/questions/check';
import type { ExpectedAnswer, QuestionType } from '../src/lib/questions/types';

const USAGE =
	'usage: check-answer --expected TEXT --given TEXT [--type wh|gap|choice|truefalse|order] [--accept TEXT]... [--option TEXT]...';
const TYPES: QuestionType[] = ['wh', 'gap', 'choice', 'truefalse', 'order'];

function usage(problem?: string): never {
	process.stderr.write(`${problem ? problem + '; ' : ''}${USAGE}\n`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({
		options: {
			expected: { type: 'string' },
			given: { type: 'string' },
			type: { type: 'string' },
			accept: { type: 'string', multiple: true },
			option: { type: 'string', multiple: true }
		},
		strict: true,
		allowPositionals: false
	}));
} catch (e) {
	usage(e instanceof Error ? e.message.split('\n')[0] : String(e));
}

if (values.expected === undefined || values.given === undefined) usage('--expected and --given are required');
if (values.type !== undefined && !TYPES.includes(values.type as QuestionType)) usage(`unknown --type ${values.type}`);

const expected: ExpectedAnswer = {
	answer: values.expected,
	...(values.accept ? { accept: values.accept } : {}),
	...(values.option ? { options: values.option } : {}),
	...(values.type ? { type: values.type as QuestionType } : {})
};
const verdict = checkAnswer(expected, values.given);
process.stdout.write(JSON.stringify(verdict, null, 2) + '\n');
process.exitCode = verdict.correct ? 0 : 1;
