// Validation of a question a teacher edits or writes. Pure: takes the form's strings, returns either
// the question fields to store or a Polish message (the page keeps what was typed).
import { TEACHER_TYPES, type QuestionType } from '$lib/domain/question-types';
import { isSkill, type Skill } from '$lib/domain/skills';

export const TRUE_FALSE = ['Prawda', 'Fałsz'];
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

/** The raw strings of the form, given back to the page on an error. */
export interface QuestionInput {
	type: string;
	prompt: string;
	answer: string;
	accept: string;
	options: string;
	skill: string;
}

export type QuestionParse = { ok: true; value: QuestionFields } | { ok: false; message: string };

const lines = (s: string) => [...new Set(s.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean))];
const same = (a: string, b: string) => a.toLocaleLowerCase('pl') === b.toLocaleLowerCase('pl');

export function questionInput(form: FormData): QuestionInput {
	const get = (k: string) => String(form.get(k) ?? '').replace(/\r\n?/g, '\n');
	return { type: get('type'), prompt: get('prompt'), answer: get('answer'), accept: get('accept'), options: get('options'), skill: get('skill') };
}

/** `allowedTypes`: what the teacher may choose; an edit keeps the question's own type (order included). */
export function parseQuestion(input: QuestionInput, allowedTypes: readonly string[] = TEACHER_TYPES): QuestionParse {
	const type = input.type as QuestionType;
	if (!allowedTypes.includes(type)) return { ok: false, message: 'Wybierz rodzaj pytania.' };
	const skill = isSkill(input.skill) ? input.skill : 'detail';
	const prompt = input.prompt.replace(/\s+/g, ' ').trim();
	if (!prompt) return { ok: false, message: 'Wpisz treść pytania.' };
	if (prompt.length > MAX_PROMPT) return { ok: false, message: `Pytanie jest za długie (najwyżej ${MAX_PROMPT} znaków).` };
	const accept = lines(input.accept);
	const options = lines(input.options);
	if (accept.length > MAX_LIST || options.length > MAX_LIST) return { ok: false, message: `Podaj najwyżej ${MAX_LIST} pozycji na liście.` };
	if ([...accept, ...options].some((s) => s.length > MAX_ANSWER)) return { ok: false, message: `Każda odpowiedź może mieć najwyżej ${MAX_ANSWER} znaków.` };

	if (type === 'order') {
		const answer = lines(input.answer);
		if (answer.length < 2) return { ok: false, message: 'Podaj co najmniej dwa elementy w poprawnej kolejności, każdy w osobnym wierszu.' };
		const shown = options.length ? options : [...answer].reverse();
		if (shown.length !== answer.length || !answer.every((a) => shown.includes(a)))
			return { ok: false, message: 'Elementy do ułożenia i poprawna kolejność muszą zawierać te same pozycje.' };
		return { ok: true, value: { type, prompt, answer: answer.join('\n'), accept: [], options: shown, skill } };
	}

	let answer = input.answer.replace(/\s+/g, ' ').trim();
	if (!answer) return { ok: false, message: 'Wpisz poprawną odpowiedź.' };
	if (answer.length > MAX_ANSWER) return { ok: false, message: `Odpowiedź jest za długa (najwyżej ${MAX_ANSWER} znaków).` };

	if (type === 'truefalse') {
		const match = TRUE_FALSE.find((o) => same(o, answer));
		if (!match) return { ok: false, message: 'W pytaniu „prawda czy fałsz” odpowiedź to „Prawda” albo „Fałsz”.' };
		return { ok: true, value: { type, prompt, answer: match, accept: [], options: [...TRUE_FALSE], skill } };
	}
	if (type === 'gap') {
		if (!/_{3,}/.test(prompt)) return { ok: false, message: 'Zaznacz lukę w zdaniu trzema podkreślnikami: ___' };
	}
	if (type === 'choice' || (type === 'gap' && options.length > 0)) {
		if (options.length < 2) return { ok: false, message: 'Podaj co najmniej dwie odpowiedzi do wyboru, każdą w osobnym wierszu.' };
		const match = options.find((o) => same(o, answer));
		if (!match) return { ok: false, message: 'Poprawna odpowiedź musi być jedną z odpowiedzi do wyboru.' };
		answer = match;
	}
	return {
		ok: true,
		value: {
			type,
			prompt: type === 'gap' ? prompt.replace(/_{3,}/g, '____') : prompt,
			answer,
			accept: accept.filter((a) => !same(a, answer)),
			options: type === 'wh' ? [] : options,
			skill
		}
	};
}
