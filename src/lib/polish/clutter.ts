// What a news page puts around an article, as rows: a pattern, why the line goes, and an example
// (each example is a test case in clutter.spec.ts). Patterns use (?<!\p{L}) / (?!\p{L}) because \b
// does not see Polish letters ("Czytaj też:" escaped a \b after "ż").

export type ClutterReason =
	| 'advert'
	| 'social-embed'
	| 'foreign-language'
	| 'read-more'
	| 'caption'
	| 'share-prompt'
	| 'url'
	| 'source-credit'
	| 'byline'
	| 'navigation'
	| 'date-line'
	| 'page-ui'
	| 'repeated'
	| 'summary-box'
	| 'comments';

const L = '(?<!\\p{L})';
const R = '(?!\\p{L})';
const re = (s: string, flags = 'iu') => new RegExp(s, flags);

/** Agencies, photo banks and licences that sign captions and credits. */
const CREDITS = `PAP|Shutterstock|123RF|PICSEL|Getty Images|East News|Reporter|Forum|AFP|EPA|Reuters|AP Photo|Agencja Gazeta|Facebook|Twitter|X|Instagram|YouTube|Wikimedia Commons|Wikipedia|CC BY(?:-SA)?[\\d. ]*|mat(?:\\.|eriały) pras(?:\\.|owe)|materiały prasowe|archiwum(?: prywatne)?|domena publiczna|Adobe Stock|iStock|Canva`;

/** Whole lines that are never article text, whatever their length. */
export const CLUTTER_LINES: { pattern: RegExp; reason: ClutterReason; example: string; maxLength?: number }[] = [
	{
		pattern: re(`^(?:reklama\\s*)+$|^(?:advertisement|artykuł sponsorowany|materiał partnera|materiał promocyjny)$`),
		reason: 'advert',
		example: 'Reklama Reklama'
	},
	{
		pattern: re(
			`^(?:czytaj|przeczytaj|zobacz)\\s+(?:także|też|więcej|również|najnowsze)${R}|^(?:polecamy|czytaj dalej|więcej)\\s*:|^zobacz\\s+(?:wideo|video|film|zdjęcia|galerię)${R}|^(?:oglądaj|posłuchaj)\\s*:`
		),
		reason: 'read-more',
		example: 'Czytaj też: Nowe przepisy od stycznia'
	},
	{
		pattern: re(`^(?:fot\\.|fot:|foto:|fot\\s|zdjęcie:|zdjęcie\\s|zdj\\.|zdj:|ilustracja:|photo:|grafika:|wideo:|video:)`),
		reason: 'caption',
		example: 'Fot. Jan Nowak / PAP'
	},
	{
		pattern: re(`^źródło\\s*:|^źródło\\s+(?:zdjęcia|grafiki|danych)`),
		reason: 'source-credit',
		example: 'Źródło: KMP Ostrołęka',
		maxLength: 120
	},
	{
		pattern: re(
			`^(?:autor|autorka|autorka\\s*\\/\\s*autor|autor\\s*\\/\\s*autorka|autorzy|opracowanie|oprac\\.|tekst|redakcja|red\\.)\\s*[:.]`
		),
		reason: 'byline',
		example: 'Autorka/Autor: mg',
		maxLength: 100
	},
	{
		pattern: re(`^\\((?:[\\p{L}.]{1,6}|[\\p{L}. /,-]{0,40}(?:policj|kmp|kpp|kwp|pap|oprac|red)[\\p{L}. /,-]*)\\)$`),
		reason: 'byline',
		example: '(KWP w Krakowie)'
	},
	{
		pattern: re(`\\(artykuł sprzed \\d+ \\p{L}+\\)|^najnowszy artykuł na ten temat`),
		reason: 'read-more',
		example: 'Anna Nowak 12 maja 2016 (artykuł sprzed 7 lat) Najnowszy artykuł na ten temat Nowy przetarg',
		maxLength: 300
	},
	{
		pattern: re(`^(?:data publikacji|opublikowano|aktualizacja|zaktualizowano|ostatnia aktualizacja)${R}`),
		reason: 'date-line',
		example: 'Data publikacji: 12.04.2024',
		maxLength: 80
	},
	{
		pattern: re(`^\\d{1,4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,4}\\.?(?:,?\\s*(?:godz\\.\\s*)?\\d{1,2}[:.]\\d{2}h?)?$`),
		reason: 'date-line',
		example: '02.10.2025., 14:40h'
	},
	{ pattern: re(`^\\d+\\s+minut\\p{L}*\\s+czytania`), reason: 'date-line', example: '8 minuty czytania • 05.07.2024 17:50' },
	{
		pattern: re(
			`^(?:udostępnij|podziel się|skomentuj|komentarze|wyślij|drukuj|tweetnij|share|obserwuj nas|subskrybuj|zapisz się|powrót|wróć)${R}`
		),
		reason: 'share-prompt',
		example: 'Udostępnij',
		maxLength: 60
	},
	{
		pattern: re(`^(?:ładowanie|loading|wesprzyj|menu|szukaj|zaloguj się|zaloguj|newsletter|pokaż więcej|rozwiń|logo)${R}`),
		reason: 'page-ui',
		example: 'Ładowanie...',
		maxLength: 60
	},
	{
		pattern: re(
			`komentarze (?:są|stanowią) prywatn\\p{L}* opini|(?:nie ponosi odpowiedzialności|nie odpowiada) za (?:treść )?(?:komentarz|wypowiedzi|opini)|(?:dodaj|napisz) komentarz|regulamin komentarzy|zgłoś (?:naruszenie|komentarz)`
		),
		reason: 'comments',
		example: 'Komentarze są prywatnymi opiniami użytkowników portalu. Redakcja nie ponosi odpowiedzialności za ich treść.'
	},
	{
		pattern: re(
			`(?:akceptuj|zgadzam się|ustawienia)\\p{L}*.{0,80}(?:cookies|ciasteczk)|(?:pliki|plików) cookies?|polityk\\p{L}+ prywatności`
		),
		reason: 'page-ui',
		example: 'Ta strona używa plików cookies. Akceptuję'
	}
];

const WORDS = /[\p{L}\d]+/gu;

// Built once: every line of every article is tested against them.
const PHOTO_BY = re(`${L}fot\\.\\s*\\p{Lu}`);
const SIGNED_BY_CREDIT = re(
	`(?:\\s\\/\\s*|[\\s,]\\s*|\\/)(?:${CREDITS})(?:\\s*\\/\\s*[\\p{L} .]+)?(?:,\\s*\\p{Lu}[\\p{L}. -]+)?\\s*$`,
	'u'
);

/** A short line signed by a photo credit ("… / PAP", "… Wikimedia Commons", "Fot. J. Kowalski"), not a sentence of the text. */
export function isCaption(line: string): boolean {
	if (line.length > 220) return false;
	if (PHOTO_BY.test(line) && !/\.$/.test(line.replace(/\s*\([^)]*\)$/, ''))) return true;
	return SIGNED_BY_CREDIT.test(line) && !/[.!?…]["”»]?$/.test(line);
}

/** A navigation bar: short items between bullets or bars. */
export function isNavigation(line: string): boolean {
	const parts = line.split(/\s[•|·]\s|^[•|·]\s|\s[•|·]$/).filter((p) => p.trim());
	return parts.length >= 3 && parts.every((p) => (p.match(WORDS) ?? []).length <= 4);
}

/** A lone name at the very end ("Adam Białous"): the author's signature. */
export function isSignature(line: string): boolean {
	return /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(line.trim());
}

export function lineClutterReason(line: string): ClutterReason | null {
	for (const row of CLUTTER_LINES) if (line.length <= (row.maxLength ?? Infinity) && row.pattern.test(line)) return row.reason;
	if (isCaption(line)) return 'caption';
	if (isNavigation(line)) return 'navigation';
	return null;
}
