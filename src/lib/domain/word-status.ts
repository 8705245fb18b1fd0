// Where a learner is with one of their words. A saved word starts as new, its first review makes it
// learning, and the learner says when it is known; "mark the rest as known" after a reading adds known words.
export const WORD_STATUSES = ['new', 'learning', 'known'] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

export const isWordStatus = (x: unknown): x is WordStatus => (WORD_STATUSES as readonly unknown[]).includes(x);

/** The learner's labels, on My words and in the word panel. */
export const WORD_STATUS_LABEL: Record<WordStatus, string> = {
	new: 'nowe',
	learning: 'uczę się',
	known: 'znam'
};

/** How a word came into the list: saved from word help, or marked known at the end of a reading. */
export const WORD_ORIGINS = ['saved', 'reading'] as const;

/** The two review cards of a saved word: its meaning, and the gap in its own sentence. */
export const WORD_CARD_KINDS = ['meaning', 'gap'] as const;
export type WordCardKind = (typeof WORD_CARD_KINDS)[number];
