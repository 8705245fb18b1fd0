import { describe, expect, it } from 'vitest';
import { mailSettings, parseOrigin } from './settings';
import { resetLink } from './reset-mail';

describe('mail settings', () => {
	it('are off without SMTP_URL, and with SMTP_URL but no ORIGIN (a link from the Host header could point anywhere)', () => {
		expect(mailSettings({})).toEqual({ settings: null });
		expect(mailSettings({ SMTP_URL: '  ', ORIGIN: 'https://a.pl' })).toEqual({ settings: null });
		const half = mailSettings({ SMTP_URL: 'smtp://u:p@mail.szkola.pl:587' });
		expect(half.settings).toBeNull();
		expect(half.problem).toContain('ORIGIN');
		expect(mailSettings({ SMTP_URL: 'smtp://mail.szkola.pl', ORIGIN: 'ftp://szkola.pl' }).settings).toBeNull();
	});

	it('take the sender from MAIL_FROM, else make one from the public host', () => {
		expect(
			mailSettings({ SMTP_URL: 'smtp://mail.szkola.pl', ORIGIN: 'https://czytanka.szkola.pl/', MAIL_FROM: 'Szkoła <it@szkola.pl>' })
				.settings
		).toEqual({
			smtpUrl: 'smtp://mail.szkola.pl',
			origin: 'https://czytanka.szkola.pl',
			from: 'Szkoła <it@szkola.pl>'
		});
		expect(mailSettings({ SMTP_URL: 'smtp://mail.szkola.pl', ORIGIN: 'https://czytanka.szkola.pl' }).settings?.from).toBe(
			'Czytanka <czytanka@czytanka.szkola.pl>'
		);
	});

	it('build links on the origin alone', () => {
		expect(parseOrigin('https://czytanka.szkola.pl/cokolwiek?x=1')).toBe('https://czytanka.szkola.pl');
		expect(parseOrigin('nie adres')).toBeNull();
		expect(resetLink('http://localhost:3000', 'abc')).toBe('http://localhost:3000/haslo/nowe/abc');
	});
});
