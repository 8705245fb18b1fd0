// Words that make a sentence lean on the ones before it, so that shown alone (a true/false item, an
// item to order) it would not say what it is about. Rows with an example each; tested in
// generate-sentences.spec.ts on sentences we wrote.
import { withFastLetters } from '../polish/fast-letters';
import { analyze } from '../polish/morphology';

/** Connectives and adverbs that continue, contrast or add to what was said before. */
export const LEANING_WORDS: [RegExp, string][] = [
	[/(?<!\p{L})(też|także|również|ponadto|dodatkowo|zarazem|jednocześnie)(?!\p{L})/iu, 'Lokalnie możliwy jest również grad.'],
	[
		/(?<!\p{L})(jednak|natomiast|zaś|za to|z kolei|bowiem|(?<!a )więc|zatem|dlatego|stąd|mimo to|przy tym|poza tym|inna sprawa)(?!\p{L})/iu,
		'Najświeższe doniesienia dotyczą za to Mazowsza.'
	],
	[
		/(?<!\p{L})(potem|następnie|później|wcześniej|wówczas|wtedy|tam|tu|tutaj|dotąd|poprzednio|wreszcie|ostatecznie)(?!\p{L})/iu,
		'Kilka minut potem pociąg ruszył.'
	],
	[/(?<!\p{L})(na przykład|np\.|choćby|chociażby|m\.in\.|między innymi)(?!\p{L})/iu, 'Na przykład wędkarz znalazł kość mamuta.'],
	[
		/(?<!\p{L})(to samo|tak samo|podobnie|podobny|podobna|podobne|tego typu|takie|taki|taka|takiego|takich|tyle)(?!\p{L})/iu,
		'To samo czeka modele językowe.'
	],
	[/(?<!\p{L})(efektem|skutkiem|wynikiem|powodem|przyczyną)(?!\p{L})/iu, 'Efektem były cztery zwycięstwa z rzędu.'],
	[
		/(?<!\p{L})(tym samym|dla porównania|w porównaniu(?! (?:do|z) )|równie|niewiele (?:lepiej|gorzej|więcej|mniej)|mimo tego|pomimo tego|w związku z tym|w efekcie)(?!\p{L})/iu,
		'Dla porównania w Gdańsku spadło 20 litrów deszczu.'
	],
	[
		/^(jedni|drudzy|inni|pozostali|obaj|obie|oboje|wszyscy|sam|sama|samo|sami|ostatni|ostatnia|ostatnie|pierwszy|pierwsza|drugi|druga|kolejny|kolejna|kolejne)(?!\p{L})/iu,
		'Drugi był Szczecin.'
	],
	[
		/(?<!\p{L})(ja|my|mnie|mi|nas|nam|nami|mój|moja|moje|nasz|nasza|nasze|naszych|naszego|naszej|naszym)(?!\p{L})/iu,
		'Dla nas najważniejsze jest bezpieczeństwo pasażerów.'
	],
	[
		/(?<!\p{L})(jestem|jesteśmy|mamy|mam|możemy|musimy|chcemy|będziemy|apelujemy|prosimy|przypominamy)(?!\p{L})/iu,
		'Jesteśmy gotowi na zimę.'
	],
	[
		/^(czy|jak|co|kto|gdzie|kiedy|dlaczego|ile|sprawdź|zobacz|przeczytaj|pamiętaj|pamiętajmy|uwaga)(?!\p{L})/iu,
		'Sprawdź, gdzie obowiązują alerty.'
	]
];

// One pass instead of one per row: every sentence of every article is tested.
const ANY_LEANING = withFastLetters(new RegExp(LEANING_WORDS.map(([re]) => `(?:${re.source})`).join('|'), 'iu'));

/** "usłyszałam", "byliśmy": a verb in the first person past ("upałem", "zespołem" end alike but are nouns). */
const FIRST_PERSON_PAST = withFastLetters(/\p{L}+(?:łem|łam|liśmy|łyśmy|łabym|łbym)(?!\p{L})/giu);

/** "Jak poinformował minister Jan Nowak, …", "Jak co roku, …": an opening that names its source or needs none. */
const OWN_OPENING = /^Jak\s+(?:co\s+(?:roku|rok|tydzień|miesiąc|dzień)|zwykle|zawsze)\s*,?\s*|^Jak\s+(\p{Ll}+)\s+([^,]*\p{Lu}[^,]*),\s+/u;

export function leansOnContext(text: string): boolean {
	const open = OWN_OPENING.exec(text);
	const sentence = open && (!open[1] || saysVerb(open[1])) ? text.slice(open[0].length) : text;
	if (ANY_LEANING.test(sentence)) return true;
	for (const [w] of sentence.matchAll(FIRST_PERSON_PAST))
		if (analyze(w).some((a) => a.tags.some((t) => t.startsWith('verb:')))) return true;
	return false;
}

/** Particles that only tie a sentence to the one before; taken out, the sentence still says the same. */
// Not after "ale", "a", "lecz", "oraz", "jak": "nie tylko…, ale także…", "a także", "zarówno…, jak również…" need their particle.
const DETACHABLE = withFastLetters(
	/(?<=\p{L})(?<!(?:^|\s)(?:ale|a|lecz|oraz|jak))(?:,\s*(?:jednak|natomiast|z kolei|zaś|bowiem|za to),|\s+(?:jednak|natomiast|z kolei|zaś|bowiem|za to|też|także|również|jednocześnie))(?=[\s,.?!]|$)/giu
);

/** "Kosiniak-Kamysz zapewnił z kolei, że…" → "Kosiniak-Kamysz zapewnił, że…" (never the first word). */
export function detach(sentence: string): string {
	return sentence.replace(DETACHABLE, '');
}

/** Verbs that tag a quotation after a dash ("… – wyliczyła.", "… – mówi prok. Nowak."): their base forms. */
const SAYING = new Set(
	(
		'powiedzieć mówić dodać dodawać podkreślić podkreślać zaznaczyć zaznaczać stwierdzić stwierdzać ocenić oceniać tłumaczyć ' +
		'wytłumaczyć wyjaśnić wyjaśniać przekonywać uważać przyznać przyznawać przekazać przekazywać poinformować informować twierdzić ' +
		'zauważyć zauważać apelować zaapelować pisać napisać wyliczyć wyliczać relacjonować opowiadać opowiedzieć komentować ' +
		'skomentować wskazać wskazywać zapewnić zapewniać przypomnieć przypominać ostrzec ostrzegać argumentować oznajmić oświadczyć ' +
		'podsumować dopowiedzieć zapowiedzieć zapowiadać ogłosić zdradzić ujawnić wspominać wspomnieć dodawać'
	).split(' ')
);

function saysVerb(word: string): boolean {
	return analyze(word).some((a) => SAYING.has(a.lemma) && a.tags.some((t) => /^verb:(fin|praet)/.test(t)));
}

/** "We wszystkim uczestniczył związek - wyliczyła.": a quotation whose speaker is outside the sentence or after it. */
export function speechTagged(sentence: string): boolean {
	const m = /\s[-–—]\s*(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(sentence);
	return !!m && [m[1], m[2]].some((w) => !!w && saysVerb(w));
}

/** A comparison's other side, when the sentence gives it: "niż", "coraz", "od" right after, a base of "r/r" or "w porównaniu". */
const COMPARISON_BASE =
	/(?<!\p{L})(niż|aniżeli|coraz|w porównaniu|w stosunku do|wobec|rok do roku|r\/r|rdr|m\/m|miesiąc do miesiąca|mniej więcej|co więcej|tym bardziej)(?!\p{L})/iu;
/** Comparative adverbs that do not compare ("dalej" = still). */
const NOT_COMPARING = new Set(['dalej', 'raczej', 'dawniej', 'wcześniej', 'później', 'prędzej']);

/** "Notowania wzrosły mocniej.", "Płacą kilka razy więcej.": than what? The other side is in another sentence. */
export function comparesWithUnsaid(sentence: string): boolean {
	if (COMPARISON_BASE.test(sentence)) return false;
	const words = sentence.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, '').toLocaleLowerCase('pl'));
	return words.some(
		(w, i) =>
			// Comparative adverbs end in "-ej" ("mocniej", "więcej", "gorzej"): the dictionary is asked about those only.
			/^\p{Ll}{2,}ej$/u.test(w) && !NOT_COMPARING.has(w) && words[i + 1] !== 'od' && analyze(w).some((a) => a.tags.includes('adv:com'))
	);
}

/** "nie tylko X" without its "ale/lecz", "zarówno X" without its "jak": half of a pair, cut off or never written. */
export function halfPair(sentence: string): boolean {
	const lower = sentence.toLowerCase();
	const at = (re: RegExp) => lower.search(re);
	const notOnly = at(/(?<!\p{L})nie tylko(?!\p{L})/u);
	if (notOnly >= 0 && !/(?<!\p{L})(ale|lecz|a także|a również|a i)(?!\p{L})/u.test(lower.slice(notOnly))) return true;
	const both = at(/(?<!\p{L})zarówno(?!\p{L})/u);
	if (both >= 0 && !/(?<!\p{L})jak(?!\p{L})/u.test(lower.slice(both))) return true;
	const oneSide = at(/(?<!\p{L})z jednej strony(?!\p{L})/u);
	return oneSide >= 0 && !lower.slice(oneSide).includes('z drugiej strony');
}
