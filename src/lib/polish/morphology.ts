// TEMPORARY STUB: the morphology helper replaces this with the PoliMorf reader + rule-based fallback.
export interface Analysis {
	lemma: string;
	tags: string[];
}

export function analyze(word: string): Analysis[] {
	return [{ lemma: word.toLowerCase(), tags: [] }];
}

export function lemmas(word: string): string[] {
	return analyze(word).map((a) => a.lemma);
}

export function isKnownWord(_word: string): boolean {
	return false;
}

export function morphologyInfo(): { source: 'polimorf' | 'fallback'; loadMs: number } {
	return { source: 'fallback', loadMs: 0 };
}
