import type { ClutterReason } from '$lib/polish/clutter';

/** Why the clean-up took a part out of an article, for the teacher deciding whether to restore it. */
export const REASON_LABEL = {
	advert: 'reklama',
	'social-embed': 'wpis z mediów społecznościowych',
	'foreign-language': 'tekst w innym języku',
	'read-more': 'odsyłacz do innego artykułu',
	caption: 'podpis pod zdjęciem',
	'share-prompt': 'zachęta do udostępnienia',
	url: 'adres internetowy',
	'source-credit': 'informacja o źródle',
	byline: 'podpis autora',
	navigation: 'menu strony',
	'date-line': 'data publikacji',
	'page-ui': 'element strony',
	repeated: 'powtórzony tytuł',
	'summary-box': 'streszczenie redakcji',
	comments: 'informacja o komentarzach'
} satisfies Record<ClutterReason, string>;
