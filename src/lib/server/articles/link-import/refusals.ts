// Why a link could not be imported, each with the sentence the teacher sees.
export const REFUSALS = {
	'bad-url': 'To nie jest poprawny adres strony. Wklej pełny link, np. https://…',
	scheme: 'Można pobierać tylko strony z adresem zaczynającym się od http:// lub https://.',
	credentials: 'Adres nie może zawierać loginu ani hasła.',
	internal: 'Ten adres prowadzi do sieci wewnętrznej — nie można go pobrać.',
	dns: 'Nie znaleziono takiej strony. Sprawdź, czy adres jest dobrze wklejony.',
	connect: 'Nie udało się połączyć ze stroną. Spróbuj ponownie później.',
	tls: 'Strona ma nieprawidłowy certyfikat bezpieczeństwa — nie można jej bezpiecznie pobrać.',
	timeout: 'Strona nie odpowiedziała w ciągu 10 sekund.',
	'too-big': 'Strona jest za duża (ponad 2 MB).',
	redirects: 'Za dużo przekierowań.',
	status: 'Strona zwróciła błąd.',
	type: 'To nie jest strona z artykułem.',
	complex: 'Ta strona jest zbyt rozbudowana, żeby odczytać z niej artykuł. Skopiuj tekst artykułu i wklej go.',
	'not-article': 'To nie jest strona z artykułem — nie znaleźliśmy na niej dłuższego tekstu. Wklej tekst ręcznie.',
	paywall: 'Ten artykuł jest płatny — strona pokazuje tylko jego początek. Jeśli masz do niego dostęp, skopiuj i wklej cały tekst.',
	'not-polish': 'Ten tekst nie jest po polsku. Czytanka przyjmuje tylko artykuły w języku polskim.'
} as const;

export type RefusalCode = keyof typeof REFUSALS;

export interface Refused {
	ok: false;
	code: RefusalCode;
	message: string;
}

export class Refusal extends Error {
	constructor(
		readonly code: RefusalCode,
		message: string = REFUSALS[code]
	) {
		super(message);
	}

	get result(): Refused {
		return { ok: false, code: this.code, message: this.message };
	}
}
