// Rough CEFR difficulty of an article, estimated from its text (src/lib/polish/readability.ts).
export type Level = 'A2' | 'B1' | 'B2' | 'C1';

/** For teachers choosing texts. */
export const LEVEL_LABEL: Record<Level, string> = {
	A2: 'A2 · łatwy',
	B1: 'B1 · średnio łatwy',
	B2: 'B2 · średnio trudny',
	C1: 'C1 · trudny'
};
