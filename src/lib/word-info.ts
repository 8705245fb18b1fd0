// What word help answers (the server's lookup, the reading page's panel).
import type { Sense } from './polish/glossary';
import type { CaseInfo } from './polish/cases';

export interface WordEntry {
	lemma: string;
	forms: string[];
	/** The case this form is in, when its sentence (or the form itself) leaves only one. */
	grammar?: CaseInfo;
	/** The verb whose meanings are shown, when the dictionary has the aspect partner only ("przegrywać" for "przegrać"). */
	meaningOf?: string;
	senses: Sense[];
}

export interface WordInfo {
	word: string;
	/** The sentence the word was read in, when one was given and holds the word. */
	sentence?: string;
	/** Expressions of the dictionary the word forms with its neighbours ("brać udział"). */
	expressions: { phrase: string; senses: Sense[] }[];
	entries: WordEntry[];
}
