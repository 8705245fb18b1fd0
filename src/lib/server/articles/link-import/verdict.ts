// Whether what Readability found is a Polish article the teacher can use, judged before the form is
// filled so a cookie wall, a paywall teaser or an English page gets a reason instead of a bad text.
import type { RefusalCode } from './refusals';

/** Fewer words than this is a teaser, a home page or an error page, not a news article. */
const MIN_WORDS = 60;
/** A paywall teaser shows a lead and an offer; a page with this many words got through it. */
const PAYWALL_MAX_WORDS = 250;

const PAYWALL_MARKERS = [
	/"isAccessibleForFree"\s*:\s*"?false/i,
	/class="[^"]*\b(?:paywall|piano-|premium-(?:content|lock)|subscriber-only)/i,
	/dostępn\p{L}* (?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów|abonentów|zalogowanych)/iu,
	/(?:wykup|kup|zamów) (?:dostęp|subskrypcję|prenumeratę|abonament)/iu,
	/zostań (?:subskrybentem|prenumeratorem)/iu,
	/(?:artykuł|treść|tekst) (?:płatn\p{L}+|premium)/iu
];

const POLISH_LETTERS = /[ąćęłńóśźż]/giu;
const STOPWORDS = new Set(
	'i w na z ze się nie że do jest są to o od po za przez dla oraz czy ale a jak już tak tylko także też który która które jego jej ich być był była było'.split(
		' '
	)
);

function wordCount(text: string): number {
	return text.match(/\p{L}+/gu)?.length ?? 0;
}

/** Share of letters that only Polish writes (ą, ł, ż…) and share of words that are common Polish function words. */
function polishShares(text: string): { letters: number; stopwords: number } {
	const letters = text.match(/\p{L}/gu)?.length ?? 0;
	const words = text.toLocaleLowerCase('pl').match(/\p{L}+/gu) ?? [];
	const polish = text.match(POLISH_LETTERS)?.length ?? 0;
	const stop = words.filter((w) => STOPWORDS.has(w)).length;
	return { letters: letters ? polish / letters : 0, stopwords: words.length ? stop / words.length : 0 };
}

/**
 * Polish text has 5–8% ą…ż among its letters and 15–25% of function words like "w", "się", "że".
 * A page that declares another language must clearly look Polish (templates sometimes keep lang="en"),
 * one that declares Polish or nothing only has to look plausibly Polish.
 */
export function looksPolish(text: string, lang = ''): boolean {
	const { letters, stopwords } = polishShares(text);
	const declared = lang.toLowerCase().split(/[-_]/)[0];
	if (declared && declared !== 'pl') return letters >= 0.03 && stopwords >= 0.12;
	return letters >= 0.012 && stopwords >= 0.06;
}

function hasPaywallMarkers(html: string): boolean {
	return PAYWALL_MARKERS.some((re) => re.test(html));
}

/** Null when the text is usable, else why not. */
export function articleProblem(text: string | null, lang: string, html: string): RefusalCode | null {
	const words = text ? wordCount(text) : 0;
	if (words < PAYWALL_MAX_WORDS && hasPaywallMarkers(html)) return 'paywall';
	if (!text || words < MIN_WORDS) return 'not-article';
	if (!looksPolish(text, lang)) return 'not-polish';
	return null;
}
