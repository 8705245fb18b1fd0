// A learner's own level (CEFR), for self-study: chosen at sign-up, then suggested by the placement and moved by
// results (server/solo/level-rules.ts). The library's texts go from A1 to B2; a C1 learner reads B2 texts.
export const LEARNER_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1'] as const;
export type LearnerLevel = (typeof LEARNER_LEVELS)[number];

/** How a learner rates themselves at sign-up: plain words a beginner understands. */
export const SELF_RATING: Record<LearnerLevel, string> = {
	A1: 'A1 — dopiero zaczynam',
	A2: 'A2 — rozumiem proste zdania',
	B1: 'B1 — rozumiem proste teksty',
	B2: 'B2 — czytam gazety z pomocą słownika',
	C1: 'C1 — czytam prawie wszystko'
};

/** Interface languages a learner can choose (the translations come later; the choice is stored now). */
export const INTERFACE_LANGUAGES = ['pl', 'en', 'uk'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Each in its own language, as language pickers show them. */
export const LANGUAGE_NAME: Record<InterfaceLanguage, string> = { pl: 'polski', en: 'English', uk: 'українська' };
