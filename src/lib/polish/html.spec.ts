import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './html';

const page = `<!DOCTYPE html>
<html lang="pl"><head><title>Most otwarty | Serwis</title>
<style>p { color: red }</style><script>var x = "<p>nie tekst</p>";</script></head>
<body>
<nav><a href="/">Strona główna</a> <a href="/sport">Sport</a></nav>
<article>
  <h1>Nowy most w Toruniu</h1>
  <p>W&nbsp;piątek 12&nbsp;maja otwarto most.
  Kosztował 120&nbsp;mln&nbsp;zł.</p>
  <figure><img src="a.jpg" alt="most"><figcaption>Fot. Jan Kowalski / PAP</figcaption></figure>
  <h2>Ruch od soboty</h2>
  <p>Kierowcy pojadą nim od soboty.<br>Piesi &ndash; już dziś.</p>
  <aside><p>Czytaj też: Inne mosty</p></aside>
  <!-- <p>komentarz</p> -->
  <p title="a > b">Prezydent miasta powiedział: &bdquo;To wielki dzień&rdquo;.</p>
</article>
<footer>© 2023 Serwis</footer>
</body></html>`;

describe('htmlToText', () => {
	const { text, title } = htmlToText(page);
	const blocks = text.split('\n\n');

	it('keeps headings and paragraphs as separate blocks in order', () => {
		expect(blocks).toEqual([
			'Nowy most w Toruniu',
			'W piątek 12 maja otwarto most. Kosztował 120 mln zł.',
			'Ruch od soboty',
			'Kierowcy pojadą nim od soboty.\nPiesi – już dziś.',
			'Prezydent miasta powiedział: „To wielki dzień”.'
		]);
	});

	it('drops scripts, styles, navigation, asides, captions, comments and footers', () => {
		for (const gone of ['nie tekst', 'color', 'Strona główna', 'Czytaj też', 'Fot.', 'komentarz', '2023']) {
			expect(text).not.toContain(gone);
		}
	});

	it('takes the first h1 as the title, else the <title>', () => {
		expect(title).toBe('Nowy most w Toruniu');
		expect(htmlToText('<title>Tylko &quot;tytuł&quot;</title><p>Tekst.</p>').title).toBe('Tylko "tytuł"');
	});

	it('handles unclosed paragraphs, stray "<" and nested skipped elements', () => {
		const r = htmlToText('<p>Raz 3 < 5<p>Dwa<div><aside>x<aside>y</aside>z</aside>Trzy</div>');
		expect(r.text).toBe('Raz 3 < 5\n\nDwa\n\nTrzy');
	});

	it('never lets a script body through, even with a closing tag inside a string', () => {
		const r = htmlToText('<p>A</p><script>document.write("<\\/p>alert(1)")</script><p>B</p>');
		expect(r.text).toBe('A\n\nB');
	});
});

describe('entities in HTML text', () => {
	it('decodes numeric, Polish and typographic entities, and leaves unknown ones visible', () => {
		expect(htmlToText('<p>&#261;&#x142;&oacute;&zacute; &laquo;x&raquo; &amp;&unknown;</p>').text).toBe('ąłóź «x» &&unknown;');
	});
	it('shows NUL and lone surrogates as U+FFFD, as browsers do', () => {
		expect(htmlToText('<p>&#0;&#xD800;ok</p>').text).toBe('\ufffd\ufffdok');
	});
});

describe('looksLikeHtml', () => {
	it('spots markup but not prose that mentions a tag', () => {
		expect(looksLikeHtml('<!doctype html><p>x</p>')).toBe(true);
		expect(looksLikeHtml('Zwykły tekst o tagu <br> w środku.')).toBe(false);
	});
});
