// Polish morphology: PoliMorf (morfologik CFSA2 dictionary) when data/polimorf/pl.dict is
// present, otherwise a rule-based guesser. Server-side only; loads lazily and synchronously.
import type { MorfologikDictionary } from './morfologik-dict';
import { defaultDictPath, readDictionary } from './morfologik-file';
import { guessLemmas } from './fallback-rules';

export { parseTag, tagHas } from './morfologik-tags';

export interface Analysis {
	/** Lemma as the dictionary spells it: proper nouns keep their capital ("Warszawa"). */
	readonly lemma: string;
	/** One tag per reading, e.g. ['subst:sg:dat:f', 'subst:sg:loc:f']. */
	readonly tags: readonly string[];
	/** Set when the rule-based fallback guessed this analysis instead of looking it up. */
	readonly guessed?: boolean;
}

export interface MorphologyStats {
	source: 'polimorf' | 'fallback';
	loadMs: number;
	path?: string;
	/** Why the dictionary is not used (only for source 'fallback'). */
	reason?: string;
}

let dict: MorfologikDictionary | null | undefined;
let stats: MorphologyStats = { source: 'fallback', loadMs: 0 };
let warned = false;
let forceFallback = false;
// Word frequencies in text are Zipfian, so a small memo avoids most FSA walks.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, readonly Analysis[]>();

/**
 * (Re)loads the dictionary from `path` (default: POLIMORF_DICT or data/polimorf/pl.dict).
 * Exported for benchmarks and tests; normal callers rely on the lazy load.
 */
export function loadMorphology(path?: string): MorphologyStats {
	const t0 = performance.now();
	const target = path ?? defaultDictPath();
	try {
		if (forceFallback) throw new Error('fallback forced by useFallbackMorphology()');
		if (!target) throw new Error('no file system (not running in Node.js)');
		cache.clear();
		dict = readDictionary(target);
		stats = { source: 'polimorf', loadMs: performance.now() - t0, path: target };
	} catch (e) {
		dict = null;
		cache.clear();
		const reason = e instanceof Error ? e.message : String(e);
		stats = { source: 'fallback', loadMs: performance.now() - t0, path: target, reason };
		if (!warned && !forceFallback) {
			warned = true;
			console.warn(
				`[morphology] PoliMorf dictionary unavailable (${reason}); using rule-based fallback. Run "node scripts/install-data.mjs".`
			);
		}
	}
	return stats;
}

/** Test hook: true switches to the rule-based fallback; false reloads the dictionary on next use. */
export function useFallbackMorphology(on = true): void {
	forceFallback = on;
	dict = undefined;
	cache.clear();
}

function dictionary(): MorfologikDictionary | null {
	if (dict === undefined) {
		const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
		if (env?.CZYTANKA_MORPH_FALLBACK === '1') forceFallback = true;
		loadMorphology();
	}
	return dict ?? null;
}

// toLowerCase and toUpperCase rather than toLocale…('pl'): Unicode has no Polish case rules, so they give the
// same strings, about ten times faster in V8 (the analysis lower-cases every word it meets).
function capitalised(w: string): string {
	return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

/**
 * All analyses of a single word form (no surrounding punctuation). Empty when unknown. The memo's own
 * frozen lists: question generation asks for the same words thousands of times, and copying them cost more than the lookup.
 */
export function analyze(word: string): readonly Analysis[] {
	const d = dictionary();
	let hit = cache.get(word);
	if (!hit) {
		hit = Object.freeze(analyzeUncached(word, d).map((a) => Object.freeze({ ...a, tags: Object.freeze([...a.tags]) })));
		if (cache.size >= CACHE_LIMIT) cache.clear();
		cache.set(word, hit);
	}
	return hit;
}

function analyzeUncached(word: string, d: MorfologikDictionary | null): { lemma: string; tags: string[]; guessed?: boolean }[] {
	const w = word.trim();
	if (!w) return [];
	const lower = w.toLowerCase();
	if (!d) return guessLemmas(lower).map((g) => ({ lemma: g.lemma, tags: g.tags, guessed: true }));

	// Sentence-initial capitals are ambiguous, so the written form and its lowercase are both
	// looked up; the capitalised form is tried only when neither is known ("warszawie", "NATO").
	const out: { lemma: string; tags: string[] }[] = [];
	const add = (list: { lemma: string; tags: string[] }[]) => {
		for (const a of list) {
			const same = out.find((o) => o.lemma === a.lemma);
			if (!same) {
				out.push({ lemma: a.lemma, tags: [...a.tags] });
				continue;
			}
			for (const t of a.tags) if (!same.tags.includes(t)) same.tags.push(t);
		}
	};
	add(d.lookup(w));
	if (lower !== w) add(d.lookup(lower));
	if (out.length === 0) {
		const cap = capitalised(w);
		if (cap !== w) add(d.lookup(cap));
	}
	return out;
}

/** Lowercase, unique lemmas; with the dictionary, an unknown word yields its own lowercase form. */
export function lemmas(word: string): string[] {
	const found = analyze(word).map((a) => a.lemma.toLowerCase());
	if (found.length === 0 && word.trim()) found.push(word.trim().toLowerCase());
	return [...new Set(found)];
}

/** True when the dictionary (or, in fallback mode, the small hand-made lexicon) lists the word. */
export function isKnownWord(word: string): boolean {
	const d = dictionary();
	if (d) return analyze(word).length > 0;
	const w = word.trim().toLowerCase();
	return w !== '' && guessLemmas(w).some((g) => g.listed);
}

export function morphologyInfo(): { source: 'polimorf' | 'fallback'; loadMs: number } {
	dictionary();
	return { source: stats.source, loadMs: stats.loadMs };
}
