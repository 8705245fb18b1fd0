import type { ClutterReason } from '$lib/polish/clutter';
// Polish names for the codes stored with articles and questions, shared by the teacher's pages.
export const TYPE_LABEL: Record<string, string> = {
	wh: 'pytanie otwarte',
	choice: 'wybór z listy',
	truefalse: 'prawda czy fałsz',
	gap: 'luka w zdaniu',
	order: 'kolejność',
	form: 'forma wyrazu'
};

export const SKILL_LABEL: Record<string, string> = {
	time: 'czas',
	quantity: 'liczby',
	person: 'osoby',
	place: 'miejsca',
	detail: 'szczegóły',
	sequence: 'kolejność',
	vocabulary: 'słownictwo'
};

export const ORIGIN_LABEL: Record<string, string> = {
	generated: 'wygenerowane',
	edited: 'poprawione przez Ciebie',
	teacher: 'Twoje pytanie'
};

export const REASON_LABEL: Record<string, string> = {
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

export const LEVEL_LABEL: Record<string, string> = {
	A2: 'A2 · łatwy',
	B1: 'B1 · średnio łatwy',
	B2: 'B2 · średnio trudny',
	C1: 'C1 · trudny'
};

/** Question types a teacher can write; 'order' questions come only from the generator. */
export const TEACHER_TYPES = ['wh', 'choice', 'truefalse', 'gap'] as const;
