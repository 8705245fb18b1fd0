// Kinds of question and where a question came from, with their Polish names for teachers.

/** form: a word-form gap (the base form is given, the learner writes the form the sentence needs). */
export const QUESTION_TYPES = ['wh', 'gap', 'choice', 'truefalse', 'order', 'form'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types a teacher can write; 'order' and 'form' questions come only from the generator. */
export const TEACHER_TYPES = ['wh', 'choice', 'truefalse', 'gap'] as const satisfies readonly QuestionType[];

export const TYPE_LABEL: Record<QuestionType, string> = {
	wh: 'pytanie otwarte',
	choice: 'wybór z listy',
	truefalse: 'prawda czy fałsz',
	gap: 'luka w zdaniu',
	order: 'kolejność',
	form: 'forma wyrazu'
};

export const QUESTION_ORIGINS = ['generated', 'edited', 'teacher'] as const;
export type QuestionOrigin = (typeof QUESTION_ORIGINS)[number];

export const ORIGIN_LABEL: Record<QuestionOrigin, string> = {
	generated: 'wygenerowane',
	edited: 'poprawione przez Ciebie',
	teacher: 'Twoje pytanie'
};
