/** What sending mail needs: the SMTP server, the sender, and the public address the links point to. */
export interface MailSettings {
	smtpUrl: string;
	from: string;
	origin: string;
}

export type MailEnv = Partial<Record<'SMTP_URL' | 'MAIL_FROM' | 'ORIGIN', string>>;

/** Null when mail is off; `problem` says why a half-done configuration is not used. */
export function mailSettings(env: MailEnv = process.env): { settings: MailSettings | null; problem?: string } {
	const smtpUrl = env.SMTP_URL?.trim();
	if (!smtpUrl) return { settings: null };
	// Without ORIGIN the link would be built from the request's Host header, which whoever asks for the link
	// chooses: the owner would get a genuine mail pointing to someone else's site with their token in it.
	const origin = parseOrigin(env.ORIGIN);
	if (!origin)
		return {
			settings: null,
			problem: 'SMTP_URL is set but ORIGIN (the public URL, e.g. https://czytanka.example.pl) is not: no mail is sent'
		};
	const from = env.MAIL_FROM?.trim() || `Czytanka <czytanka@${new URL(origin).hostname}>`;
	return { settings: { smtpUrl, from, origin } };
}

/** The origin of an http(s) URL, or null. */
export function parseOrigin(value: string | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
	} catch {
		return null;
	}
}

let warned = false;

/** The app's mail settings from its environment; a half-done configuration is reported once in the log. */
export function appMailSettings(): MailSettings | null {
	const { settings, problem } = mailSettings();
	if (problem && !warned) {
		warned = true;
		console.error(`Czytanka: ${problem}.`);
	}
	return settings;
}
