// An article's vocabulary as the server works it out and the pages show it (words/article-vocab.ts).

/** A key word of an article: its base form and the meaning it has there. */
export interface KeyWord {
	lemma: string;
	gloss: string;
}

/**
 * One base form of the article's content words. `also` holds other base forms its words could be read as
 * ("może": móc, może), so a word the learner saved under either counts.
 */
export interface VocabGroup {
	lemma: string;
	also?: string[];
}
