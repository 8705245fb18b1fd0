import { describe, expect, it } from 'vitest';
import { introductoryComma, missingClauseComma, missingParticipleComma, unpairedMarks } from './punctuation';

describe('a missing comma before a subordinate clause', () => {
	it('finds it before "że", "który" (also after its preposition), "bo" and an indirect "czy"', () => {
		for (const s of [
			'Prokurator uznał że kierowca jechał za szybko.',
			'To jest dom w którym mieszkał poeta.',
			'Wybrano projekt na podstawie którego powstanie most.',
			'Nie mogła gasić pożaru bo w kranach nie było wody.',
			'Policja sprawdza czy kierowca był trzeźwy.',
			'Ceny paliw wzrosły a płace spadły.'
		])
			expect(missingClauseComma(s), s).not.toBeNull();
	});
	it('leaves commas in place, compound conjunctions and coordination alone', () => {
		for (const s of [
			'Prokurator uznał, że kierowca jechał za szybko.',
			'To jest dom, w którym mieszkał poeta.',
			'Wyszli z domu, mimo że padał deszcz.',
			'Powiedział, że jeśli będzie padać, mecz się nie odbędzie.',
			'Ogłosił, że budowa ruszy w maju i że potrwa rok.',
			'Wyjaśnił, że chce, aby wszyscy czuli się bezpiecznie.',
			'Nie wiadomo, czy pociąg przyjedzie na czas.',
			'Zespół raz wygrywa, raz przegrywa czy remisuje.',
			'Mecz między Polską a Niemcami zakończył się remisem.',
			'Puchar nosi imię Waltera A. Browna.',
			'Sąd wskazał osoby, co do których nie ma wątpliwości.',
			'Ceny paliw wzrosły, a płace spadły.'
		])
			expect(missingClauseComma(s), s).toBeNull();
	});
});

describe('a missing comma before a participle phrase', () => {
	it('finds "…powiadomił kolegę przekazując…" and "Kierowca widząc…"', () => {
		expect(missingParticipleComma('Dyżurny powiadomił komendanta przekazując mu wszystkie informacje.')).not.toBeNull();
		expect(missingParticipleComma('Kierowca widząc, że droga jest pusta, przyspieszył.')).not.toBeNull();
	});
	it('accepts the comma, "nie" with its participle, and participles used as prepositions', () => {
		for (const s of [
			'Dyżurny powiadomił komendanta, przekazując mu wszystkie informacje.',
			'Sprawca uciekł, nie czekając na policję.',
			'Ceny rosną od lat, począwszy od paliw, a skończywszy na chlebie.',
			'Przyjechało sto osób wliczając dzieci.'
		])
			expect(missingParticipleComma(s), s).toBeNull();
	});
});

describe('a comma after an opening adverbial phrase', () => {
	it('finds "W związku z…, policja…" and "Od poniedziałku, w całym kraju…"', () => {
		for (const s of [
			'W związku z wypadkiem, policja apeluje do kierowców o ostrożność.',
			'Od poniedziałku, w całym kraju obowiązują nowe przepisy.',
			'Zdaniem ekspertów, inflacja spadnie w przyszłym roku.'
		])
			expect(introductoryComma(s), s).not.toBeNull();
	});
	it('leaves lists, appositions, insertions, parenthetical phrases and clauses alone', () => {
		for (const s of [
			'W Krakowie, Gdańsku i Poznaniu padał deszcz.',
			'W Krakowie, w Gdańsku i w Poznaniu padał deszcz.',
			'W sobotę, 12 lipca, policja zatrzymała kierowcę.',
			'W 2020 roku, jak podaje urząd, bezrobocie spadło.',
			'Z drugiej strony, nikt nie chce wyższych podatków.',
			'Po tym, jak spadł śnieg, drogi stały się śliskie.',
			'W mieście, gdzie mieszka, zamknięto szkołę.',
			'W kwietniu 1941 roku, po długiej przerwie w rejsach, okręt wrócił do portu.',
			'Na minutę przed końcem, przy stanie 70:72, trener poprosił o przerwę.',
			'Po wykryciu afery, w której brali udział działacze, klub spadł do niższej ligi.'
		])
			expect(introductoryComma(s), s).toBeNull();
	});
});

describe('quotation marks and brackets that do not pair', () => {
	it('finds an unclosed mark, a straight closing quote, a bracket left open and a space inside', () => {
		for (const s of [
			'Wójt przyznał, że „nikt się tego nie spodziewał.',
			'Zjawisko nazywane “ciszą wiatrową” trwało tydzień.',
			'Wójt przyznał, że „nikt się tego nie spodziewał".',
			'Most (zbudowany w 1905 roku stoi do dziś.',
			'Hasło „ razem możemy więcej” wisiało na ratuszu.'
		])
			expect(unpairedMarks(s), s).not.toBeNull();
	});
	it('accepts pairs', () => {
		for (const s of [
			'Film „Cicha noc” wygrał festiwal.',
			'Most (zbudowany w 1905 roku) stoi do dziś.',
			'Hasło "Razem" wisiało na ratuszu.'
		])
			expect(unpairedMarks(s), s).toBeNull();
	});
});
