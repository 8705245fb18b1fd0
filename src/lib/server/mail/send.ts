import nodemailer, { type Transporter } from 'nodemailer';
import type { MailSettings } from './settings';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

let transport: { url: string; transporter: Transporter } | undefined;

/** Sends one plain-text message through SMTP_URL; the connection settings are read once per URL. */
export async function sendMail(settings: MailSettings, mail: Mail): Promise<void> {
	if (transport?.url !== settings.smtpUrl) transport = { url: settings.smtpUrl, transporter: nodemailer.createTransport(settings.smtpUrl) };
	await transport.transporter.sendMail({ from: settings.from, ...mail });
}
