// Fetching a page a teacher linked to without letting the link reach inside our network. Every hop
// (the first request and each redirect, followed by hand) is resolved, every address DNS gives is
// checked, and the connection goes to the checked address: a second DNS answer cannot swap it.
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { isPublicAddress } from './address-rules';
import { decodePage } from './decode';
import { Refusal, type Refused } from './refusals';

const LINK_LIMITS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };

type Resolved = { address: string; family: number };

export interface FetchOptions {
	/** Host names or addresses (optionally "host:port") fetched even though they resolve inward. Tests only. */
	allowHosts?: readonly string[];
	timeoutMs?: number;
	maxBytes?: number;
	maxRedirects?: number;
	/** DNS stand-in for tests. */
	resolve?: (host: string) => Promise<Resolved[]>;
}

export type FetchedPage = { ok: true; url: string; kind: 'html' | 'text'; body: string } | Refused;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function parseLink(input: string, base?: URL): URL {
	let raw = input.trim();
	// "www.onet.pl/…" pasted without a scheme.
	if (!base && !/^[a-z][a-z\d+.-]*:/i.test(raw)) raw = `https://${raw}`;
	let url: URL;
	try {
		url = new URL(raw, base);
	} catch {
		throw new Refusal('bad-url');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refusal('scheme');
	if (url.username || url.password) throw new Refusal('credentials');
	if (!url.hostname || raw.length > 2000) throw new Refusal('bad-url');
	url.hash = '';
	return url;
}

const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
const portOf = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

async function vet(url: URL, options: FetchOptions): Promise<Resolved> {
	const host = bareHost(url);
	const allowed = options.allowHosts?.some((h) => h === host || h === `${host}:${portOf(url)}`) ?? false;
	let addresses: Resolved[];
	try {
		addresses = await (options.resolve ?? ((h) => dnsLookup(h, { all: true })))(host);
	} catch {
		throw new Refusal('dns');
	}
	if (addresses.length === 0) throw new Refusal('dns');
	// One inward address is enough to refuse: the connection could be steered to any of them.
	if (!allowed && !addresses.every((a) => isPublicAddress(a.address))) throw new Refusal('internal');
	return addresses[0];
}

function request(url: URL, to: Resolved, signal: AbortSignal): Promise<IncomingMessage> {
	const pinned: LookupFunction = (_host, opts, done) => {
		if (opts.all) (done as (e: null, a: Resolved[]) => void)(null, [to]);
		else done(null, to.address, to.family);
	};
	const client = url.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const req = client.request(
			{
				hostname: bareHost(url),
				port: portOf(url),
				path: `${url.pathname}${url.search}`,
				method: 'GET',
				lookup: pinned,
				agent: false,
				signal,
				headers: {
					'user-agent': 'Mozilla/5.0 (compatible; Czytanka/0.1; article import for Polish learners)',
					accept: 'text/html,application/xhtml+xml,text/plain;q=0.8',
					'accept-language': 'pl,en;q=0.5',
					'accept-encoding': 'gzip, deflate, br'
				}
			},
			resolve
		);
		req.on('error', reject);
		req.end();
	});
}

function decompressed(res: IncomingMessage): Readable {
	const encoding = String(res.headers['content-encoding'] ?? 'identity')
		.toLowerCase()
		.trim();
	if (encoding === 'identity' || encoding === '') return res;
	const unzip =
		encoding === 'gzip' || encoding === 'x-gzip'
			? createGunzip()
			: encoding === 'deflate'
				? createInflate()
				: encoding === 'br'
					? createBrotliDecompress()
					: null;
	if (!unzip) throw new Refusal('type');
	res.on('error', (e) => unzip.destroy(e));
	return res.pipe(unzip);
}

/** Reads at most maxBytes (after decompression, so a small bomb counts at its real size). */
async function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
	const declared = Number(res.headers['content-length']);
	if (declared > maxBytes) throw new Refusal('too-big');
	const stream = decompressed(res);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > maxBytes) {
			res.destroy();
			throw new Refusal('too-big');
		}
		chunks.push(chunk);
	}
	if (signal.aborted) throw new Refusal('timeout');
	if (!res.complete) throw new Refusal('connect');
	return Buffer.concat(chunks);
}

function refusalOf(error: unknown, signal: AbortSignal): Refusal {
	if (error instanceof Refusal) return error;
	if (signal.aborted) return new Refusal('timeout');
	const code = String((error as { code?: unknown })?.code ?? '');
	if (/CERT|SELF_SIGNED|ERR_TLS|ERR_SSL|UNABLE_TO_VERIFY/.test(code)) return new Refusal('tls');
	return new Refusal('connect');
}

/** Fetches an article page; every failure comes back as a refusal with a Polish message. */
export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
	const { timeoutMs, maxBytes, maxRedirects } = { ...LINK_LIMITS, ...options };
	const controller = new AbortController();
	const { signal } = controller;
	const timedOut = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Refusal('timeout'))));
	timedOut.catch(() => {});
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	let res: IncomingMessage | undefined;
	try {
		let url = parseLink(input);
		for (let redirects = 0; ; redirects++) {
			// DNS has no timeout of its own: the race keeps the whole import within timeoutMs.
			const to = await Promise.race([vet(url, options), timedOut]);
			res = await Promise.race([request(url, to, signal), timedOut]);
			const status = res.statusCode ?? 0;
			const location = res.headers.location;
			if (REDIRECTS.has(status) && location) {
				res.destroy();
				if (redirects >= maxRedirects) throw new Refusal('redirects');
				url = parseLink(location, url);
				continue;
			}
			if (status < 200 || status > 299) throw new Refusal('status', `Strona zwróciła błąd ${status}.`);
			const mime = String(res.headers['content-type'] ?? '')
				.split(';')[0]
				.trim()
				.toLowerCase();
			const kind = HTML_TYPES.has(mime) ? 'html' : mime === 'text/plain' ? 'text' : null;
			if (!kind) throw new Refusal('type');
			const bytes = await Promise.race([readBody(res, maxBytes, signal), timedOut]);
			return { ok: true, url: url.href, kind, body: decodePage(bytes, String(res.headers['content-type'] ?? ''), kind) };
		}
	} catch (error) {
		return refusalOf(error, signal).result;
	} finally {
		clearTimeout(timer);
		res?.destroy();
	}
}
