import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_FIRST, ARTICLE_TITLE } from './fixture-pages';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { importLink } from './import-link';
import { REFUSALS } from './refusals';
import { testAllowHosts } from './test-hosts';

let server: FixtureServer;
let allow: { allowHosts: string[] };
beforeAll(async () => {
	server = await startFixtureServer();
	allow = { allowHosts: [`127.0.0.1:${server.port}`] };
});
afterAll(() => server.close());

describe('importLink', () => {
	it('fills the form fields from a cluttered page reached through redirects', async () => {
		const r = await importLink(`${server.origin}/z-ramkami`, allow);
		expect(r).toMatchObject({ ok: true, title: ARTICLE_TITLE, source: 'Portal Kujawski', publishedOn: '2024-03-15' });
		expect(r.ok && r.text.startsWith(ARTICLE_FIRST)).toBe(true);
		expect(await importLink(`${server.origin}/przekieruj/2`, allow)).toMatchObject({
			ok: true,
			url: `${server.origin}/artykul`,
			source: 'Gazeta Toruńska'
		});
	});

	it('names the site by its address when the page does not', async () => {
		expect(await importLink(`${server.origin}/tekst.txt`, allow)).toMatchObject({ ok: true, title: '', source: '127.0.0.1' });
	});

	it('explains why a page cannot be used', async () => {
		for (const [path, code] of [
			['/english', 'not-polish'],
			['/pusta', 'not-article'],
			['/platny', 'paywall'],
			['/brak', 'status']
		] as const)
			expect(await importLink(`${server.origin}${path}`, allow), path).toMatchObject({ ok: false, code });
		expect((await importLink(`${server.origin}/english`, allow)) as { message: string }).toMatchObject({ message: REFUSALS['not-polish'] });
	});
});

describe('testAllowHosts', () => {
	it('is read only under NODE_ENV=test', () => {
		const hosts = 'LINK_IMPORT_ALLOW_HOSTS';
		expect(testAllowHosts({ NODE_ENV: 'test', [hosts]: '127.0.0.1, [::1]:8080 ,Gazeta.test' })).toEqual([
			'127.0.0.1',
			'::1:8080',
			'gazeta.test'
		]);
		expect(testAllowHosts({ NODE_ENV: 'production', [hosts]: '127.0.0.1' })).toEqual([]);
		expect(testAllowHosts({ [hosts]: '127.0.0.1' })).toEqual([]);
	});
});
