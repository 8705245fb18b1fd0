import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';

const text = (md: string) => markdownToText(md).text;

describe('markdownToText', () => {
	it('drops markers but keeps headings, link words and list items', () => {
		const md =
			'# Nowy most\n\nOtwarto **nowy** most ([zdjęcia](http://x.pl)).\n\n![foto](a.jpg)\n\n- pierwszy\n- drugi\n\n---\n\n> Cytat _ważny_.';
		expect(markdownToText(md)).toEqual({
			text: 'Nowy most\n\nOtwarto nowy most (zdjęcia).\n\npierwszy\ndrugi\n\nCytat ważny.',
			title: 'Nowy most'
		});
	});
	it('unwraps nested emphasis', () => {
		expect(text('Most ***bardzo* nowy** i _**całkiem** ~duży~_.')).toBe('Most bardzo nowy i całkiem ~duży~.');
		expect(text('2 * 3 * 4 i snake_case_name')).toBe('2 * 3 * 4 i snake_case_name');
	});
	it('keeps the words of inline, reference and automatic links', () => {
		const md = 'Zobacz [raport **NIK**](https://nik.gov.pl "tytuł"), [mapę][m] i <https://gdansk.pl>.\n\n[m]: https://mapa.pl';
		expect(text(md)).toBe('Zobacz raport NIK, mapę i https://gdansk.pl.');
	});
	it('drops images, also inside links and by reference', () => {
		expect(text('Przed ![most](a.jpg) po.\n\n[![logo](l.png)](https://x.pl)\n\n![zdjęcie][z]\n\n[z]: z.jpg')).toBe('Przed  po.');
	});
	it('reads ATX and setext headings, the first one as the title', () => {
		const md = 'Nowy most\n=========\n\nTekst.\n\n## Ruch od soboty ##\n\nDrugi\nakapit\n---------\n\n### C#';
		expect(markdownToText(md)).toEqual({ text: 'Nowy most\n\nTekst.\n\nRuch od soboty\n\nDrugi akapit\n\nC#', title: 'Nowy most' });
		expect(markdownToText('Bez nagłówka.').title).toBe('');
	});
	it('puts every list item, nested or loose, on its own line', () => {
		const md = '1. pierwszy\n2. drugi\n   - a\n   - b\n\n     dalszy akapit\n3. trzeci\n\nPo liście.';
		expect(text(md)).toBe('pierwszy\ndrugi\na\nb\ndalszy akapit\ntrzeci\n\nPo liście.');
	});
	it('keeps code as text, drops raw HTML, decodes entities and keeps line breaks', () => {
		const md =
			'```\nkod();\n```\n\n<div class="reklama">\nReklama\n</div>\n\nA <b>gruby</b> &amp; &quot;cytat&quot;\\\nnowa linia\ni dalej';
		expect(text(md)).toBe('kod();\n\nA gruby & "cytat"\nnowa linia\ni dalej');
	});
});

describe('markdownToText on hostile files', () => {
	it('drops closing hashes of a heading but keeps a hash that belongs to the word', () => {
		expect(markdownToText('## Nowy most ##\n\nTekst.').title).toBe('Nowy most');
		expect(markdownToText('# Język C#\n\nTekst.').title).toBe('Język C#');
	});
	it('reads 50,000 markers in a row', () => {
		expect(text('*'.repeat(50_000))).toBe(''); // a thematic break
		expect(text('['.repeat(50_000)).replace(/\s/g, '')).toBe('['.repeat(50_000));
	});
	// Such input takes micromark several seconds of CPU; on a machine shared with other test runs that became over a
	// minute of waiting. Without the paragraph bound it takes about 80 times as long, so this limit still catches that.
	it.each(['**a ', ' *x', '![', '[', '[a]('])(
		'reads a 400 kB file full of unclosed %j',
		(unit) => {
			const { text } = markdownToText(unit.repeat(Math.floor(390_000 / unit.length)));
			expect(text.length).toBeGreaterThan(0);
		},
		240_000
	);
	it('survives quotes, lists and emphasis nested thousands deep', () => {
		expect(text('>'.repeat(5_000) + 'x')).toContain('x');
		expect(text('- '.repeat(2_500) + 'x')).toContain('x');
		expect(text('*a '.repeat(2_000) + 'b*'.repeat(2_000))).toContain('a');
	});
	it('cuts an over-long paragraph only at a line end or space', () => {
		const words = 'słowo '.repeat(5_000);
		expect(text(words).replace(/\s+/g, ' ').trim()).toBe(words.trim());
		expect(text('krótki akapit\n\n' + 'x'.repeat(25_000)).length).toBeGreaterThan(25_000);
	});
});
