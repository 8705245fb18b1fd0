// A web server on loopback for the link-import tests: the fixture pages plus the ways a fetch can go
// wrong (redirect chains, 404, a silent server, an endless page, a PDF, redirects to inside addresses).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ARTICLE_PAGE, CLUTTERED_PAGE, EMPTY_PAGE, ENGLISH_PAGE, PAYWALL_PAGE } from './fixture-pages';

export interface FixtureServer {
	origin: string;
	port: number;
	close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';
const PAGES: Record<string, string> = {
	'/artykul': ARTICLE_PAGE,
	'/z-ramkami': CLUTTERED_PAGE,
	'/platny': PAYWALL_PAGE,
	'/english': ENGLISH_PAGE,
	'/pusta': EMPTY_PAGE
};

/** ISO-8859-2 bytes of a Polish page whose charset is named only in a <meta> tag. */
function latin2Page(): Buffer {
	const utf8 = ARTICLE_PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">');
	const map: Record<string, number> = {
		ą: 0xb1,
		ć: 0xe6,
		ę: 0xea,
		ł: 0xb3,
		ń: 0xf1,
		ó: 0xf3,
		ś: 0xb6,
		ź: 0xbc,
		ż: 0xbf,
		Ą: 0xa1,
		Ć: 0xc6,
		Ę: 0xca,
		Ł: 0xa3,
		Ń: 0xd1,
		Ó: 0xd3,
		Ś: 0xa6,
		Ź: 0xac,
		Ż: 0xaf
	};
	return Buffer.from([...utf8].map((ch) => map[ch] ?? (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 0x3f)));
}

/** Writes `total` bytes of paragraphs, as fast as the client reads them, without a Content-Length. */
function endless(res: ServerResponse, total: number) {
	res.writeHead(200, { 'content-type': HTML });
	const chunk = Buffer.from(`<p>${'Bardzo długi akapit o niczym. '.repeat(30)}</p>\n`);
	let sent = 0;
	const write = () => {
		while (sent < total && !res.destroyed) {
			sent += chunk.length;
			if (!res.write(chunk)) return void res.once('drain', write);
		}
		res.end();
	};
	write();
}

export async function startFixtureServer(): Promise<FixtureServer> {
	const server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		const origin = `http://${req.headers.host}`;
		const redirect = (to: string) => res.writeHead(302, { location: to }).end();
		const hops = /^\/przekieruj\/(\d+)$/.exec(path);
		if (PAGES[path]) res.writeHead(200, { 'content-type': HTML }).end(PAGES[path]);
		// /przekieruj/N takes N redirects to reach the article (relative Location headers, as many sites send).
		else if (hops) redirect(Number(hops[1]) <= 1 ? '/artykul' : `/przekieruj/${Number(hops[1]) - 1}`);
		else if (path === '/do-metadanych') redirect('http://169.254.169.254/latest/meta-data/');
		else if (path === '/do-localhost') redirect(`http://localhost:${(server.address() as AddressInfo).port}/artykul`);
		else if (path === '/do-pliku') redirect('file:///etc/passwd');
		else if (path === '/latin2') res.writeHead(200, { 'content-type': 'text/html' }).end(latin2Page());
		else if (path === '/gzip') res.writeHead(200, { 'content-type': HTML, 'content-encoding': 'gzip' }).end(gzipSync(ARTICLE_PAGE));
		else if (path === '/tekst.txt')
			res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ARTICLE_PAGE.replace(/<[^>]+>/g, '').trim());
		else if (path === '/plik.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
		else if (path === '/duza') endless(res, 3 * 1024 * 1024);
		else if (path === '/duza-naglowek') res.writeHead(200, { 'content-type': HTML, 'content-length': String(5 * 1024 * 1024) }).end();
		else if (path === '/wolna') setTimeout(() => res.writeHead(200, { 'content-type': HTML }).end(ARTICLE_PAGE), 30_000).unref();
		else if (path === '/wolna-tresc') {
			res.writeHead(200, { 'content-type': HTML });
			res.write('<html><body><p>Zaraz…');
			setTimeout(() => res.end('</p></body></html>'), 30_000).unref();
		} else if (path === '/blad') res.writeHead(500, { 'content-type': HTML }).end('<h1>Błąd serwera</h1>');
		else res.writeHead(404, { 'content-type': HTML }).end(`<h1>Nie ma takiej strony</h1><p>${origin}${path}</p>`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		port,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
