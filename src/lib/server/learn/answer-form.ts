import type { QuestionRow } from '../db/schema';

export type ParsedAnswer = { ok: true; given: string } | { ok: false; message: string };

/**
 * Reads the learner's answer from a form; an ordering question sends one position per item.
 * The question comes from a read scoped to the learner (learnerAssignmentQuestion, learnerReviewCard).
 */
export function answerFromForm(question: Pick<QuestionRow, 'type' | 'options'>, form: FormData): ParsedAnswer {
	if (question.type !== 'order') {
		const value = form.get('answer');
		return { ok: true, given: typeof value === 'string' ? value : '' };
	}
	return orderFromForm(question.options, form);
}

export function orderFromForm(items: string[], form: FormData): ParsedAnswer {
	const positions = items.map((_, i) => Number(form.get(`pos-${i}`)));
	const valid = positions.every((p) => Number.isInteger(p) && p >= 1 && p <= items.length);
	if (!valid) return { ok: false, message: 'Wybierz miejsce dla każdego wydarzenia.' };
	if (new Set(positions).size !== items.length)
		return { ok: false, message: 'Każde wydarzenie musi mieć inne miejsce (1, 2, 3…).' };
	const ordered = items.map((text, i) => ({ text, at: positions[i] })).sort((a, b) => a.at - b.at);
	return { ok: true, given: ordered.map((o) => o.text).join('\n') };
}
