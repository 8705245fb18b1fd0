// HTML uploads go through the same Readability extraction as linked pages.
import { describe, expect, it } from 'vitest';
import { decodeUpload } from './upload';
import { ARTICLE_FIRST, ARTICLE_TITLE, CLUTTERED_PAGE } from './link-import/fixture-pages';

describe('decodeUpload of a saved news page', () => {
	it('keeps the article and its title, and drops the cookie banner, share buttons and related links', () => {
		const r = decodeUpload('artykul.html', new TextEncoder().encode(CLUTTERED_PAGE));
		expect(r).toMatchObject({ ok: true, title: ARTICLE_TITLE });
		expect(r.ok && r.text.startsWith(ARTICLE_FIRST)).toBe(true);
		expect(r.ok && r.text).not.toMatch(/cookies|Udostępnij|Czytaj także/);
	});
});
