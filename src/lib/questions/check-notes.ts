/** Outcome of comparing one expected answer with the learner's answer, before feedback is worded. */
export type Note =
	| { kind: 'diacritics'; words: string[] }
	| { kind: 'typo'; words: string[] }
	/** The answer is right but leaves out part of the expected one ("12 stycznia" for "12 stycznia 2022"). */
	| { kind: 'incomplete' }
	/** The answer adds detail the text does not give ("12 stycznia 2022" for "12 stycznia"). */
	| { kind: 'more-specific' };

export interface Match {
	ok: boolean;
	notes: Note[];
	/** Canonical forms for the verdict ("122 000", "2016–2019"). */
	normalizedExpected?: string;
	normalizedGiven?: string;
	/** Why a wrong answer is wrong, when there is something more useful to say than the answer. */
	hint?: string;
}

export const ok = (notes: Note[] = []): Match => ({ ok: true, notes });
export const wrong = (hint?: string): Match => ({ ok: false, notes: [], ...(hint ? { hint } : {}) });

const unique = (xs: string[]) => [...new Set(xs)];

/** Short, kind Polish feedback for an accepted answer. */
export function acceptedFeedback(notes: Note[], answer: string): string {
	return ['Dobrze!', acceptedNote(notes, answer)].filter(Boolean).join(' ');
}

/** What an accepted answer's learner should notice: spelling, Polish letters, the fuller answer. */
export function acceptedNote(notes: Note[], answer: string): string {
	const diacritics = unique(notes.flatMap((n) => (n.kind === 'diacritics' ? n.words : [])));
	const typos = unique(notes.flatMap((n) => (n.kind === 'typo' ? n.words : [])));
	const parts: string[] = [];
	if (typos.length && diacritics.length) parts.push(`Uwaga na pisownię i polskie znaki: ${unique([...typos, ...diacritics]).join(', ')}.`);
	else if (typos.length) parts.push(`Uwaga na pisownię: ${typos.join(', ')}.`);
	else if (diacritics.length) parts.push(`Uwaga na polskie znaki: ${diacritics.join(', ')}.`);
	if (notes.some((n) => n.kind === 'incomplete')) parts.push(`Pełna odpowiedź: ${end(answer)}`);
	else if (notes.some((n) => n.kind === 'more-specific')) parts.push(`W tekście: ${end(answer)}`);
	return parts.join(' ');
}

export function rejectedFeedback(answer: string, hint?: string): string {
	return `Niestety nie.${hint ? ' ' + hint : ''} Poprawna odpowiedź: ${end(answer)}`;
}

/** Closes a sentence without doubling the dot of "2002 r." or "4,9 proc.". */
export function end(s: string): string {
	const t = s.trim();
	return /[.!?]$/.test(t) ? t : t + '.';
}
