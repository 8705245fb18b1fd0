import { describe, expect, it } from 'vitest';
import { decodeUpload, markdownToText } from './upload';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeUpload', () => {
	it('reads UTF-8 text files as they are, markup included', () => {
		expect(decodeUpload('a.txt', bytes('\ufeffZażółć <script>x</script>\r\n'))).toEqual({ ok: true, text: 'Zażółć <script>x</script>\n', title: '' });
	});
	it('reduces HTML files to text and offers their title', () => {
		expect(decodeUpload('a.HTML', bytes('<h1>Tytuł</h1><p>Akapit.</p><script>zły()</script>'))).toEqual({ ok: true, text: 'Tytuł\n\nAkapit.', title: 'Tytuł' });
	});
	it('refuses binary files, other encodings and other extensions with a Polish message', () => {
		expect(decodeUpload('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatchObject({ ok: false, message: expect.stringContaining('nie jest plik tekstowy') });
		expect(decodeUpload('a.txt', new Uint8Array([0x5a, 0x61, 0xbf, 0xf3, 0xb3]))).toMatchObject({ ok: false, message: expect.stringContaining('UTF-8') });
		expect(decodeUpload('a.pdf', bytes('x'))).toMatchObject({ ok: false, message: expect.stringContaining('.txt') });
	});
});

describe('markdownToText', () => {
	it('drops markers but keeps headings, link words and list items', () => {
		const md = '# Nowy most\n\nOtwarto **nowy** most ([zdjęcia](http://x.pl)).\n\n![foto](a.jpg)\n\n- pierwszy\n- drugi\n\n---\n\n> Cytat _ważny_.';
		expect(markdownToText(md)).toEqual({ text: 'Nowy most\n\nOtwarto nowy most (zdjęcia).\n\npierwszy\ndrugi\n\nCytat ważny.', title: 'Nowy most' });
	});
});

describe('markdownToText on hostile files', () => {
	it('drops closing hashes of a heading but keeps a hash that belongs to the word', () => {
		expect(markdownToText('## Nowy most ##\n\nTekst.').title).toBe('Nowy most');
		expect(markdownToText('# Język C#\n\nTekst.').title).toBe('Język C#');
	});
	it('reads a 400 kB file full of unclosed markers (its speed is a benchmark, not a test)', () => {
		for (const unit of ['**a ', ' *x', '![', '[', '[a](']) {
			const { text } = markdownToText(unit.repeat(Math.floor(390_000 / unit.length)));
			expect(text.length).toBeGreaterThan(0);
		}
	});
});
