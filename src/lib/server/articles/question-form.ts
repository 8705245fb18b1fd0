// Validation of a question a teacher edits or writes: the form's strings in, the question fields to store
// out, or a Polish message (the page keeps what was typed).
import { z } from 'zod';
import { TEACHER_TYPES, type QuestionType } from '$lib/domain/question-types';
import { isSkill, type Skill } from '$lib/domain/skills';
import { line, lines, multiline } from '../forms/parse';

const TRUE_FALSE = ['Prawda', 'Fałsz'];
const MAX_PROMPT = 400;
const MAX_ANSWER = 200;
const MAX_LIST = 12;

export interface QuestionFields {
	type: QuestionType;
	prompt: string;
	answer: string;
	accept: string[];
	options: string[];
	skill: Skill;
}

const same = (a: string, b: string) => a.toLocaleLowerCase('pl') === b.toLocaleLowerCase('pl');

/** Alternatives or choices, one per line. */
const answerList = () =>
	lines()
		.refine((l) => l.length <= MAX_LIST, { message: `Podaj najwyżej ${MAX_LIST} pozycji na liście.`, abort: true })
		.refine((l) => l.every((s) => s.length <= MAX_ANSWER), `Każda odpowiedź może mieć najwyżej ${MAX_ANSWER} znaków.`);

type Problem = { problem: string };

/** The answer and lists a type needs, or what is wrong with them. */
function byType(
	type: QuestionType,
	prompt: string,
	rawAnswer: string,
	accept: string[],
	options: string[]
): Omit<QuestionFields, 'type' | 'skill'> | Problem {
	if (type === 'order') {
		const answer = lines().parse(rawAnswer);
		if (answer.length < 2) return { problem: 'Podaj co najmniej dwa elementy w poprawnej kolejności, każdy w osobnym wierszu.' };
		const shown = options.length ? options : [...answer].reverse();
		if (shown.length !== answer.length || !answer.every((a) => shown.includes(a)))
			return { problem: 'Elementy do ułożenia i poprawna kolejność muszą zawierać te same pozycje.' };
		return { prompt, answer: answer.join('\n'), accept: [], options: shown };
	}

	let answer = rawAnswer.replace(/\s+/g, ' ').trim();
	if (!answer) return { problem: 'Wpisz poprawną odpowiedź.' };
	if (answer.length > MAX_ANSWER) return { problem: `Odpowiedź jest za długa (najwyżej ${MAX_ANSWER} znaków).` };

	if (type === 'truefalse') {
		const match = TRUE_FALSE.find((o) => same(o, answer));
		if (!match) return { problem: 'W pytaniu „prawda czy fałsz” odpowiedź to „Prawda” albo „Fałsz”.' };
		return { prompt, answer: match, accept: [], options: [...TRUE_FALSE] };
	}
	if (type === 'gap' && !/_{3,}/.test(prompt)) return { problem: 'Zaznacz lukę w zdaniu trzema podkreślnikami: ___' };
	if (type === 'choice' || (type === 'gap' && options.length > 0)) {
		if (options.length < 2) return { problem: 'Podaj co najmniej dwie odpowiedzi do wyboru, każdą w osobnym wierszu.' };
		const match = options.find((o) => same(o, answer));
		if (!match) return { problem: 'Poprawna odpowiedź musi być jedną z odpowiedzi do wyboru.' };
		answer = match;
	}
	return {
		prompt: type === 'gap' ? prompt.replace(/_{3,}/g, '____') : prompt,
		answer,
		accept: accept.filter((a) => !same(a, answer)),
		options: type === 'wh' ? [] : options
	};
}

/** `allowedTypes`: what the teacher may choose; an edit keeps the question's own type (order included). */
export function questionForm(allowedTypes: readonly QuestionType[] = TEACHER_TYPES) {
	return z
		.object({
			type: z
				.string()
				.refine((t) => (allowedTypes as readonly string[]).includes(t), 'Wybierz rodzaj pytania.')
				.transform((t) => t as QuestionType),
			prompt: line().min(1, 'Wpisz treść pytania.').max(MAX_PROMPT, `Pytanie jest za długie (najwyżej ${MAX_PROMPT} znaków).`),
			accept: answerList(),
			options: answerList(),
			answer: multiline(),
			skill: z.string().transform((s): Skill => (isSkill(s) ? s : 'detail'))
		})
		.transform((v, ctx): QuestionFields => {
			const fields = byType(v.type, v.prompt, v.answer, v.accept, v.options);
			if ('problem' in fields) {
				ctx.addIssue({ code: 'custom', message: fields.problem, path: ['answer'] });
				return z.NEVER;
			}
			return { type: v.type, skill: v.skill, ...fields };
		});
}

/** The raw strings of the form, given back to the page on an error. */
export type QuestionInput = z.input<ReturnType<typeof questionForm>>;
