// Words that make a sentence lean on the ones before it, so that shown alone (a true/false item, an
// item to order) it would not say what it is about. Rows with an example each; tested in
// generate-sentences.spec.ts on sentences we wrote.
import { withFastLetters } from '../polish/fast-letters';

/** Connectives and adverbs that continue, contrast or add to what was said before. */
export const LEANING_WORDS: [RegExp, string][] = [
	[/(?<!\p{L})(też|także|również|ponadto|dodatkowo|zarazem|jednocześnie)(?!\p{L})/iu, 'Lokalnie możliwy jest również grad.'],
	[
		/(?<!\p{L})(jednak|natomiast|zaś|za to|z kolei|bowiem|więc|zatem|dlatego|stąd|mimo to|przy tym|poza tym|inna sprawa)(?!\p{L})/iu,
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
		/(?<!\p{L})(tym samym|dla porównania|w porównaniu|równie|niewiele (?:lepiej|gorzej|więcej|mniej)|mimo tego|pomimo tego|w związku z tym|w efekcie)(?!\p{L})/iu,
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
		/\p{L}(łem|łam|liśmy|łyśmy|łabym|łbym)(?!\p{L})|(?<!\p{L})(jestem|jesteśmy|mamy|mam|możemy|musimy|chcemy|będziemy|apelujemy|prosimy|przypominamy)(?!\p{L})/iu,
		'Wczoraj usłyszałam wybuch w piwnicy.'
	],
	[
		/^(czy|jak|co|kto|gdzie|kiedy|dlaczego|ile|sprawdź|zobacz|przeczytaj|pamiętaj|pamiętajmy|uwaga)(?!\p{L})/iu,
		'Sprawdź, gdzie obowiązują alerty.'
	]
];

// One pass instead of one per row: every sentence of every article is tested.
const ANY_LEANING = withFastLetters(new RegExp(LEANING_WORDS.map(([re]) => `(?:${re.source})`).join('|'), 'iu'));

export function leansOnContext(sentence: string): boolean {
	return ANY_LEANING.test(sentence);
}

/** Particles that only tie a sentence to the one before; taken out, the sentence still says the same. */
// Not after "ale", "a", "lecz", "oraz", "jak": "nie tylko…, ale także…", "a także", "zarówno…, jak również…" need their particle.
const DETACHABLE = withFastLetters(
	/(?<=\p{L})(?<!(?:^|\s)(?:ale|a|lecz|oraz|jak))(?:,\s*(?:jednak|natomiast|z kolei|zaś|bowiem|za to),|\s+(?:jednak|natomiast|z kolei|zaś|bowiem|za to|też|także|również))(?=[\s,])/giu
);

/** "Kosiniak-Kamysz zapewnił z kolei, że…" → "Kosiniak-Kamysz zapewnił, że…" (never the first word). */
export function detach(sentence: string): string {
	return sentence.replace(DETACHABLE, '');
}
