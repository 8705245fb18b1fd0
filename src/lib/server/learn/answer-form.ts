import { z } from 'zod';
import { MAX_ANSWER_LENGTH } from '$lib/domain/limits';
import type { QuestionRow } from '../db/schema';
import { formValues, parseForm } from '../forms/parse';

export type ParsedAnswer = { ok: true; given: string } | { ok: false; message: string };

/** Which question an answer is for; whether the learner may answer it is the access module's to say. */
export const questionIdOf = (form: FormData) => formValues(z.object({ questionId: z.string() }), form).questionId;

/** An answer as the checker takes it, in a reading and in review alike. */
export const answerText = z
	.string()
	.trim()
	.min(1, 'Wpisz odpowiedź, zanim ją sprawdzisz.')
	.max(MAX_ANSWER_LENGTH, `Odpowiedź jest za długa (najwyżej ${MAX_ANSWER_LENGTH} znaków).`);

/**
 * Reads the learner's answer from a form; an ordering question sends one position per item.
 * The question comes from a read scoped to the learner (learnerAssignmentQuestion, learnerReviewCard).
 */
export function answerFromForm(question: Pick<QuestionRow, 'type' | 'options'>, form: FormData): ParsedAnswer {
	if (question.type !== 'order') return { ok: true, given: formValues(z.object({ answer: z.string() }), form).answer };
	return orderFromForm(question.options, form);
}

const NO_PLACE = 'Wybierz miejsce dla każdego wydarzenia.';

/** Field pos-i holds the place (1…n) the learner gave item i. */
function orderForm(items: string[]) {
	const place = z.coerce.number({ error: NO_PLACE }).int(NO_PLACE).min(1, NO_PLACE).max(items.length, NO_PLACE);
	return z
		.object(Object.fromEntries(items.map((_, i) => [`pos-${i}`, place])))
		.refine((f) => new Set(Object.values(f)).size === items.length, 'Każde wydarzenie musi mieć inne miejsce (1, 2, 3…).')
		.transform((f) =>
			items
				.map((text, i) => ({ text, at: f[`pos-${i}`] }))
				.sort((a, b) => a.at - b.at)
				.map((o) => o.text)
				.join('\n')
		);
}

export function orderFromForm(items: string[], form: FormData): ParsedAnswer {
	const parsed = parseForm(orderForm(items), form);
	return parsed.ok ? { ok: true, given: parsed.data } : { ok: false, message: parsed.message };
}
