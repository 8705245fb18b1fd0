import type { QuestionType } from '../domain/question-types';
import type { Skill } from '../domain/skills';

/** Where an answer comes from: the sentence and its character span in the article text given to the generator. */
export interface Evidence {
	sentence: string;
	start: number;
	end: number;
}

export interface Question {
	/** Stable across runs for the same text: lets edited questions survive regeneration. */
	key: string;
	type: QuestionType;
	prompt: string;
	answer: string;
	accept: string[];
	/** Choices (choice, gap, truefalse) or the items to order, in display order. */
	options: string[];
	evidence: Evidence;
	skill: Skill;
	difficulty: 1 | 2 | 3;
	score: number;
}

/** What the checker needs to know about the expected answer. */
export interface ExpectedAnswer {
	answer: string;
	accept?: string[];
	type?: QuestionType;
	options?: string[];
}

export type VerdictKind = 'correct' | 'correct-with-note' | 'incorrect' | 'empty';

export interface Verdict {
	correct: boolean;
	kind: VerdictKind;
	/** Polish, shown to the learner: the whole verdict in words, with the correct answer when wrong. */
	feedback: string;
	/** Polish: only what the learner should notice beyond right/wrong (spelling, a fuller answer, why it is wrong). */
	note?: string;
	normalizedExpected: string;
	normalizedGiven: string;
}
