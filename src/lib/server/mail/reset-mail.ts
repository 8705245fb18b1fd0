import type { Mail } from './send';

/** Where a reset token is used; the same for the mail and for the operator's command. */
export function resetLink(origin: string, token: string): string {
	return new URL(`/haslo/nowe/${token}`, origin).href;
}

export function resetMail(to: string, link: string): Mail {
	return {
		to,
		subject: 'Czytanka: ustaw nowe hasło',
		text: [
			'Dzień dobry,',
			'',
			`ktoś (zapewne Ty) poprosił o link do ustawienia nowego hasła do konta w Czytance: ${to}.`,
			'',
			'Nowe hasło ustawisz tutaj:',
			link,
			'',
			'Link działa przez godzinę i tylko raz. Jeśli to nie Ty prosisz o nowe hasło, zignoruj tę wiadomość:',
			'dotychczasowe hasło działa dalej.',
			'',
			'Czytanka',
			''
		].join('\n')
	};
}
