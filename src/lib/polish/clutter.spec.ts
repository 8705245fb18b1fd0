import { describe, expect, it } from 'vitest';
import { CLUTTER_LINES, isCaption, isNavigation, isSignature, lineClutterReason } from './clutter';
import { cleanArticle } from './clean';
import { articleText } from './article';

describe('clutter rows', () => {
	for (const row of CLUTTER_LINES) {
		it(`${row.reason}: "${row.example}"`, () => expect(lineClutterReason(row.example)).toBe(row.reason));
	}
	it('recognises captions signed by an agency or a licence, not sentences that mention one', () => {
		expect(isCaption('Minister podczas konferencji w Sejmie / PAP')).toBe(true);
		expect(isCaption('Zamek w Malborku. Wikimedia Commons')).toBe(true);
		expect(isCaption('Nowy most na Wiśle PAP, Jan Nowak')).toBe(true);
		expect(isCaption('Dziennikarze PAP zapytali ministra o nowe przepisy.')).toBe(false);
	});
	it('recognises navigation bars and lone signatures', () => {
		expect(isNavigation('• Kino • Mapa • Ogłoszenia • Forum')).toBe(true);
		expect(isNavigation('Kraków • Warszawa')).toBe(false);
		expect(isSignature('Anna Kowalska')).toBe(true);
		expect(isSignature('Prawo i Sprawiedliwość')).toBe(false);
	});
	it('keeps ordinary sentences that start like clutter', () => {
		for (const s of [
			'Powrót do szkoły po feriach był dla uczniów trudny, bo w wielu klasach zabrakło nauczycieli.',
			'Szukają go policjanci z trzech województw.',
			'Zobaczyliśmy, jak wygląda nowy dworzec.'
		]) {
			expect(lineClutterReason(s), s).toBeNull();
		}
	});
});

describe('summary boxes', () => {
	it('drops a scraped box whose heading runs into its first point, and a comment notice', () => {
		const raw = [
			'W skrócie Rada miasta przyjęła budżet.',
			'Radni spierali się o parkingi.',
			'Budżet miasta na przyszły rok przewiduje wydatki na nowe linie tramwajowe, remonty szkół i budowę basenu w dzielnicy, o który mieszkańcy prosili od lat.',
			'Portal nie odpowiada za treść komentarzy.'
		].join('\n\n');
		const { blocks, removed } = cleanArticle(raw);
		expect(blocks).toHaveLength(1);
		expect(removed.map((r) => r.reason)).toEqual(['summary-box', 'summary-box', 'comments']);
	});
	it('drops a "W skrócie" box of short points before the article', () => {
		const raw = [
			'W skrócie',
			'Sejm przyjął ustawę.',
			'Teraz zajmie się nią Senat.',
			'Posłowie debatowali dwa dni nad projektem ustawy o ochronie ludności, który rząd przygotował jeszcze w zeszłym roku, a opozycja krytykowała jego koszty i tempo prac.'
		].join('\n\n');
		const { blocks, removed } = cleanArticle(raw);
		expect(blocks.map((b) => b.text)).toEqual([expect.stringMatching(/^Posłowie debatowali/)]);
		expect(removed.map((r) => r.reason)).toEqual(['summary-box', 'summary-box', 'summary-box']);
	});
});

describe('cleanArticle on a page with its clutter (our own imitation)', () => {
	const raw = [
		'Logo Gazety Miejskiej',
		'Nowy most w Opolu otwarty',
		'12.04.2025, 10:15',
		'Nowy most na Odrze w Opolu został otwarty w sobotę. Kosztował 186 mln zł.',
		'Reklama Reklama',
		'Czytaj też: Korki w centrum miasta',
		'Most nad rzeką o zachodzie słońca. Fot. Jan Nowak / Gazeta Miejska',
		'Budowa trwała 26 miesięcy. Prace rozpoczęły się w kwietniu 2022 roku.',
		'Nowy most w Opolu otwarty',
		'Udostępnij',
		'Jan Kowalski'
	].join('\n\n');
	const { blocks, removed } = cleanArticle(raw);
	const text = articleText(blocks);
	it('keeps the article and its title', () => {
		expect(text).toContain('Nowy most na Odrze w Opolu został otwarty w sobotę.');
		expect(text).toContain('Budowa trwała 26 miesięcy.');
		expect(blocks[0].text).toBe('Nowy most w Opolu otwarty');
	});
	it('removes every piece of clutter and says why', () => {
		expect(text).not.toMatch(/Logo|12\.04\.2025|Reklama|Czytaj też|Fot\.|Udostępnij|Jan Kowalski/);
		expect(removed.map((r) => r.reason)).toEqual([
			'page-ui',
			'date-line',
			'advert',
			'read-more',
			'caption',
			'repeated',
			'share-prompt',
			'byline'
		]);
	});
});
