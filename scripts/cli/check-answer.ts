// Judge one answer: --expected TEXT --given TEXT; prints the verdict as JSON.
// Exit 0 = accepted, 1 = rejected, 2 = wrong usage.
import { parseArgs } from 'node:util';
import { checkAnswer } from '../../src/lib/questions/check';
import type { ExpectedAnswer } from '../../src/lib/questions/types';
import { QUESTION_TYPES, type QuestionType } from '../../src/lib/domain/question-types';
import { CliError, runCli, type CliIo } from './io';

const USAGE =
	'usage: check-answer --expected TEXT --given TEXT [--type wh|gap|choice|truefalse|order|form] [--accept TEXT]... [--option TEXT]...';

const usage = (problem?: string) => new CliError(`${problem ? problem + '; ' : ''}${USAGE}`);

export function checkAnswerCli(args: string[], io: CliIo): number {
	return runCli(io, () => {
		let values;
		try {
			({ values } = parseArgs({
				args,
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
			throw usage(e instanceof Error ? e.message.split('\n')[0] : String(e));
		}
		if (values.expected === undefined || values.given === undefined) throw usage('--expected and --given are required');
		if (values.type !== undefined && !(QUESTION_TYPES as readonly string[]).includes(values.type))
			throw usage(`unknown --type ${values.type}`);
		const expected: ExpectedAnswer = {
			answer: values.expected,
			...(values.accept ? { accept: values.accept } : {}),
			...(values.option ? { options: values.option } : {}),
			...(values.type ? { type: values.type as QuestionType } : {})
		};
		const verdict = checkAnswer(expected, values.given);
		io.stdout(JSON.stringify(verdict, null, 2) + '\n');
		return verdict.correct ? 0 : 1;
	});
}
