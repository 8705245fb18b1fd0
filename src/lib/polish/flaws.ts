// Slips of a published text that a question must not copy (the strict rating of real articles
// found them in one rejected question in six): misplaced commas, a capital or a lower-case letter
// where it cannot stand, a sentence glued to the next, "16.01-tej". Rows with an example each.
import { analyze } from './morphology';
import { withFastLetters } from './fast-letters';
import { introductoryComma, missingClauseComma, missingParticipleComma, unpairedMarks } from './punctuation';
import { adjectiveCaseSlip, bareLocative, subjectWithImpersonal } from './grammar-slips';

export const FLAW_PATTERNS: [RegExp, string][] = (
	[
		// "zaopatrzenia w aptekach. w sprzedaży": the page lost a sentence break.
		[
			/(?<!\p{L})(?!(?:proc|godz|tzw|ang|łac|mies|tys|przyp|red|oprac|wyd|zob|ewent|ozn)\.)\p{Ll}{4,}\.\s+\p{Ll}/u,
			'Szczepionki są już w aptekach. w sprzedaży jest jedna.'
		],
		// "do 90 km/h.ponownie napłynie": two sentences glued without a space (a web address has a short ending).
		[/[\p{Ll}\d]\.\p{Ll}{4,}/u, 'Porywy do 90 km/h.ponownie napłynie zimne powietrze.'],
		// "…niż w październiku br. Moc zainstalowana…": "br." ended the sentence too, and the next one was glued on.
		[/(?<!\p{L})br\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u, 'Sprzedaż wzrosła o 5 proc. w porównaniu z marcem br. Moc elektrowni wynosi 10 GW.'],
		// "…(w poprzednich wyborach – 9,2 proc.)": a sentence closed by a bracket and no full stop.
		[/\p{L}.*\)$/u, 'Lewica uzyskała 4,9 proc. głosów (przed czterema laty – 9,2 proc.)'],
		// "spadły o 7,1 proc rok do roku": an abbreviation after a number without its dot.
		[/\d\s(?:proc|tys|st|godz)\s/u, 'Zarobki spadły o 7,1 proc rok do roku.'],
		// "znaleźli się W 2018 roku": a capital preposition inside a sentence.
		[/\p{L},?\s(?:W|Z|Na|Do|Od|Po|Przy|Dla)\s+\p{Ll}|\p{L},?\s(?:W|Z)\s+\d/u, 'Naukowcy znaleźli się W 2018 roku wśród laureatów.'],
		// "o godzinie 16.01-tej", "47- letni": endings and hyphens the way no editor writes them.
		[/\d[-–](?:tej|ej|go|ego|ym)(?!\p{L})|\d-\s\p{Ll}/u, 'O godzinie 16.01-tej akcje staniały.'],
		// "Próba samobójcza, to usprawiedliwienie": a comma before the copula "to".
		[/^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2},\s+to\s+\p{Ll}/u, 'Próba samobójcza, to usprawiedliwienie czynu.'],
		[/^(?:Bowiem|Albowiem|Oraz|Lecz)\s/u, 'Bowiem odpowiednie wzorce ruchu są ważne.'],
		[/\p{L}\s[,;:]\s|,,|,\./u, 'Sąd utrzymał wyrok , a obrona złożyła kasację.']
	] as [RegExp, string][]
).map(([re, example]) => [withFastLetters(re), example]);

const COMMA_BETWEEN = withFastLetters(/(\p{L}+),\s+(\p{Ll}+)(?=\s+(\p{L}+)|[.,])/gu);
const RELATIVE = /^(któr|jak|czyj|tak|ten|ta|te|tego|tej|tym|każd|wszys|inn|sam)/u;

/** "autobusy, miejskie": a comma between a noun and the adjective that agrees with it. */
function commaInsidePhrase(text: string): boolean {
	// The adjective closes the phrase (a verb or the end follows), so it is not the start of the next item of a list.
	for (const m of text.matchAll(COMMA_BETWEEN)) {
		if (RELATIVE.test(m[2]) || (m[3] && analyze(m[3]).some((a) => a.tags.some((t) => /^(subst|adj)/.test(t))))) continue;
		// "mazowieckiego, łódzkiego": a list of adjectives.
		if (analyze(m[1]).some((a) => a.tags.some((t) => t.startsWith('adj')))) continue;
		const noun = analyze(m[1]).flatMap((a) => a.tags.filter((t) => t.startsWith('subst')));
		const adj = analyze(m[2]).flatMap((a) => a.tags.filter((t) => t.startsWith('adj')));
		if (!noun.length || !adj.length || analyze(m[2]).some((a) => a.tags.some((t) => !t.startsWith('adj')))) continue;
		const key = (t: string) => t.split(':').slice(1, 3).join(':');
		const nounKeys = new Set(noun.flatMap((t) => expand(key(t))));
		if (adj.some((t) => expand(key(t)).some((k) => nounKeys.has(k)))) return true;
	}
	return false;
}

function expand(numCase: string): string[] {
	const [num, cases] = numCase.split(':');
	return (cases ?? '').split('.').map((c) => `${num}:${c}`);
}

/** Rules that read the words' grammar, each returning what it found (or null). */
const GRAMMAR_RULES: ((text: string) => string | null)[] = [
	missingClauseComma,
	missingParticipleComma,
	introductoryComma,
	unpairedMarks,
	bareLocative,
	subjectWithImpersonal,
	adjectiveCaseSlip
];
const memo = new Map<string, string | null>();

/** A slip of the source worth keeping out of a question, or null. */
export function sourceFlaw(text: string): string | null {
	let found = memo.get(text);
	if (found !== undefined) return found;
	found = null;
	for (const [re, example] of FLAW_PATTERNS) if (re.test(text)) found = example;
	if (!found && commaInsidePhrase(text)) found = 'Zarząd informuje, że autobusy, miejskie kursują.';
	for (const rule of GRAMMAR_RULES) found ??= rule(text);
	// Every draft of every sentence asks: an article's worth of texts is kept.
	if (memo.size > 2000) memo.clear();
	memo.set(text, found);
	return found;
}
