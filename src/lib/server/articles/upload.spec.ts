import { describe, expect, it } from 'vitest';
import { decodeUpload } from './upload';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeUpload', () => {
	it('reads UTF-8 text files as they are, markup included', () => {
		expect(decodeUpload('a.txt', bytes('\ufeffZażółć <script>x</script>\r\n'))).toEqual({
			ok: true,
			text: 'Zażółć <script>x</script>\n',
			title: ''
		});
	});
	it('reduces HTML files to text and offers their title', () => {
		expect(decodeUpload('a.HTML', bytes('<h1>Tytuł</h1><p>Akapit.</p><script>zły()</script>'))).toEqual({
			ok: true,
			text: 'Tytuł\n\nAkapit.',
			title: 'Tytuł'
		});
	});
	it('reads Markdown files as text and offers their first heading', () => {
		expect(decodeUpload('a.md', bytes('# Tytuł\r\n\r\nAkapit z **pogrubieniem** &amp; encją.'))).toEqual({
			ok: true,
			text: 'Tytuł\n\nAkapit z pogrubieniem & encją.',
			title: 'Tytuł'
		});
	});
	it('refuses binary files, other encodings and other extensions with a Polish message', () => {
		expect(decodeUpload('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatchObject({
			ok: false,
			message: expect.stringContaining('nie jest plik tekstowy')
		});
		expect(decodeUpload('a.txt', new Uint8Array([0x5a, 0x61, 0xbf, 0xf3, 0xb3]))).toMatchObject({
			ok: false,
			message: expect.stringContaining('UTF-8')
		});
		expect(decodeUpload('a.pdf', bytes('x'))).toMatchObject({ ok: false, message: expect.stringContaining('.txt') });
	});
});
