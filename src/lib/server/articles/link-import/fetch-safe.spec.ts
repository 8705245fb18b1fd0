// Every request here goes to the fixture server on 127.0.0.1; refused addresses are refused before any
// connection, so no packet leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, parseLink } from './fetch-safe';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { ARTICLE_FIRST } from './fixture-pages';

let server: FixtureServer;
let allow: { allowHosts: string[] };
beforeAll(async () => {
	server = await startFixtureServer();
	allow = { allowHosts: [`127.0.0.1:${server.port}`] };
});
afterAll(() => server.close());

describe('fetchPage refuses inside addresses', () => {
	it('refuses loopback by address and by name unless the test allowlist names it', async () => {
		for (const link of [
			`${server.origin}/artykul`,
			`http://localhost:${server.port}/artykul`,
			`http://[::1]:${server.port}/artykul`,
			`http://0x7f.1:${server.port}/artykul`,
			`http://2130706433:${server.port}/`
		])
			expect(await fetchPage(link), link).toMatchObject({
				ok: false,
				code: 'internal',
				message: 'Ten adres prowadzi do sieci wewnętrznej — nie można go pobrać.'
			});
		expect(await fetchPage(`${server.origin}/artykul`, allow)).toMatchObject({ ok: true, kind: 'html' });
	});

	it('checks every address DNS gives and refuses when any of them is inside', async () => {
		const resolve = async () => [
			{ address: '93.184.215.14', family: 4 },
			{ address: '10.0.0.7', family: 4 }
		];
		expect(await fetchPage('https://gazeta.example/artykul', { resolve })).toMatchObject({ code: 'internal' });
		const metadata = async () => [{ address: '169.254.169.254', family: 4 }];
		expect(await fetchPage('http://metadane.example/', { resolve: metadata })).toMatchObject({ code: 'internal' });
		const mapped = async () => [{ address: '::ffff:192.168.0.1', family: 6 }];
		expect(await fetchPage('http://mapped.example/', { resolve: mapped })).toMatchObject({ code: 'internal' });
	});

	it('connects to the address it checked, not to a second DNS answer', async () => {
		const asked: string[] = [];
		// A rebinding resolver: each later answer would point somewhere else.
		const answers = ['127.0.0.1', '10.0.0.1', '169.254.169.254'];
		const resolve = async (host: string) => {
			asked.push(host);
			return [{ address: answers[asked.length - 1], family: 4 }];
		};
		const r = await fetchPage(`http://gazeta.test:${server.port}/artykul`, { resolve, allowHosts: ['gazeta.test'] });
		expect(r).toMatchObject({ ok: true, url: `http://gazeta.test:${server.port}/artykul` });
		expect(asked).toEqual(['gazeta.test']);
	});

	it('checks the target of every redirect', async () => {
		expect(await fetchPage(`${server.origin}/do-metadanych`, allow)).toMatchObject({ code: 'internal' });
		expect(await fetchPage(`${server.origin}/do-localhost`, allow)).toMatchObject({ code: 'internal' });
		expect(await fetchPage(`${server.origin}/do-pliku`, allow)).toMatchObject({ code: 'scheme' });
	});
});

describe('fetchPage limits', () => {
	it('follows up to five redirects and refuses the sixth', async () => {
		const three = await fetchPage(`${server.origin}/przekieruj/3`, allow);
		expect(three).toMatchObject({ ok: true, url: `${server.origin}/artykul` });
		expect(three.ok && three.body).toContain(ARTICLE_FIRST);
		expect(await fetchPage(`${server.origin}/przekieruj/5`, allow)).toMatchObject({ ok: true });
		expect(await fetchPage(`${server.origin}/przekieruj/6`, allow)).toEqual({
			ok: false,
			code: 'redirects',
			message: 'Za dużo przekierowań.'
		});
	});

	it('names the HTTP error', async () => {
		expect(await fetchPage(`${server.origin}/brak`, allow)).toEqual({ ok: false, code: 'status', message: 'Strona zwróciła błąd 404.' });
		expect(await fetchPage(`${server.origin}/blad`, allow)).toMatchObject({ message: 'Strona zwróciła błąd 500.' });
	});

	// The 'timeout' code is the proof: the slow pages never finish on their own.
	it('gives up when the page does not answer in time, or stops in the middle', async () => {
		expect(await fetchPage(`${server.origin}/wolna`, { ...allow, timeoutMs: 300 })).toEqual({
			ok: false,
			code: 'timeout',
			message: 'Strona nie odpowiedziała w ciągu 10 sekund.'
		});
		expect(await fetchPage(`${server.origin}/wolna-tresc`, { ...allow, timeoutMs: 300 })).toMatchObject({ code: 'timeout' });
	});

	it('stops reading past 2 MB, whether or not the size was announced', async () => {
		expect(await fetchPage(`${server.origin}/duza`, allow)).toEqual({
			ok: false,
			code: 'too-big',
			message: 'Strona jest za duża (ponad 2 MB).'
		});
		expect(await fetchPage(`${server.origin}/duza-naglowek`, allow)).toMatchObject({ code: 'too-big' });
	});

	it('takes HTML and plain text only', async () => {
		expect(await fetchPage(`${server.origin}/plik.pdf`, allow)).toEqual({
			ok: false,
			code: 'type',
			message: 'To nie jest strona z artykułem.'
		});
		expect(await fetchPage(`${server.origin}/tekst.txt`, allow)).toMatchObject({ ok: true, kind: 'text' });
	});

	it('reads gzip and ISO-8859-2 pages', async () => {
		const gz = await fetchPage(`${server.origin}/gzip`, allow);
		expect(gz.ok && gz.body).toContain(ARTICLE_FIRST);
		const latin2 = await fetchPage(`${server.origin}/latin2`, allow);
		expect(latin2.ok && latin2.body).toContain(ARTICLE_FIRST);
	});
});

describe('parseLink', () => {
	it('takes http and https links, adding https:// to a bare address', () => {
		expect(parseLink('www.gazeta.pl/a#komentarze').href).toBe('https://www.gazeta.pl/a');
		expect(parseLink(' http://gazeta.pl/a?b=1 ').href).toBe('http://gazeta.pl/a?b=1');
	});
	it('refuses other schemes, credentials and garbage with a Polish message', () => {
		for (const [link, code] of [
			['file:///etc/passwd', 'scheme'],
			['ftp://gazeta.pl/', 'scheme'],
			['javascript:alert(1)', 'scheme'],
			['http://jan:haslo@gazeta.pl/', 'credentials'],
			['http://', 'bad-url'],
			['https://gaz eta.pl', 'bad-url']
		])
			expect(() => parseLink(link), link).toThrowError(expect.objectContaining({ code }));
	});
});
