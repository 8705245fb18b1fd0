import { describe, expect, it } from 'vitest';
import { csvHeaders, toCsv } from './csv';

describe('toCsv', () => {
	it('starts with a BOM, splits on semicolons, writes decimal commas and CRLF', () => {
		const csv = toCsv(
			['Uczeń', 'Wynik', 'Łatwość'],
			[
				['Łucja Żak', 3, 0.756],
				['Jan; Kowalski', null, 1]
			]
		);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1)).toBe('Uczeń;Wynik;Łatwość\r\nŁucja Żak;3;0,76\r\n"Jan; Kowalski";;1\r\n');
	});
	it('defuses answers that Excel would run as formulas', () => {
		expect(toCsv(['a'], [['=1+1'], ['-5 zł']]).slice(1)).toBe("a\r\n'=1+1\r\n'-5 zł\r\n");
		// Headers carry article titles, which may come from an uploaded web page's <title>.
		expect(toCsv(['Uczeń', '=HYPERLINK("http://x") (2024-03-01)'], []).slice(1)).toBe(
			'Uczeń;"\'=HYPERLINK(""http://x"") (2024-03-01)"\r\n'
		);
	});
	it('names the file in ASCII and in UTF-8', () => {
		expect(csvHeaders('klasa-3b-łąka.csv')['content-disposition']).toBe(
			'attachment; filename="klasa-3b-laka.csv"; filename*=UTF-8\'\'klasa-3b-%C5%82%C4%85ka.csv'
		);
	});
	it('gives a download even when a cut title ends in half an emoji', () => {
		const cut = `Wynik ${'x'.repeat(33)}😀`.slice(0, 40);
		expect(csvHeaders(`wyniki-${cut}.csv`)['content-disposition']).toContain(`filename*=UTF-8''wyniki-Wynik%20${'x'.repeat(33)}.csv`);
		expect(csvHeaders('😀.csv')['content-disposition']).toContain("filename*=UTF-8''%F0%9F%98%80.csv");
	});
});
