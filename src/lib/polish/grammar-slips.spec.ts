import { describe, expect, it } from 'vitest';
import { adjectiveCaseSlip, bareLocative, subjectWithImpersonal } from './grammar-slips';

describe('a locative nothing governs', () => {
	it('finds a locative-only form with no preposition before it', () => {
		expect(bareLocative('Cena biletu wynosie 5 zł.')).toBe('wynosie');
		expect(bareLocative('Zapadła cisza, którego czasie nikt się nie odzywał.')).toBe('czasie');
	});
	it('accepts a preposition a few words back, across a list, and a vocative between commas', () => {
		for (const s of [
			'W poprzedzających je konsultacjach wzięło udział wielu nauczycieli.',
			'Padało w Polsce, Czechach i Niemczech.',
			'Zespół wystąpił w 57. Konkursie Piosenki Eurowizji.',
			'Objaw występuje w wielu chorobach, np. psychozach alkoholowych.',
			'„Do roboty, ministrze” – krzyczeli rolnicy.'
		])
			expect(bareLocative(s), s).toBeNull();
	});
});

describe('a subject beside an impersonal verb', () => {
	it('finds a nominative that can only be the subject, or a noun before the verb when the object is taken', () => {
		expect(subjectWithImpersonal('Policja zatrzymano dwóch mężczyzn.')).not.toBeNull();
		expect(subjectWithImpersonal('Sąd Najwyższy oddalono kasację obrońcy.')).not.toBeNull();
	});
	it('accepts an object before the verb, names after it and a subject of another clause', () => {
		for (const s of [
			'Wniosek oddalono w piątek.',
			'Przedłużono kursy pociągów Warszawa - Gdynia.',
			'Policja poinformowała, że zatrzymano dwóch mężczyzn.',
			'Mężczyzna, którego zatrzymano, trafił do aresztu.',
			'W Zgierzu na pół godziny zablokowano drogę krajową.',
			'Na konferencji najwięcej miejsca poświęcono osadnictwu Niemców.'
		])
			expect(subjectWithImpersonal(s), s).toBeNull();
	});
});

describe('an adjective in another case than its noun', () => {
	it('finds "ze średnią cena"', () => expect(adjectiveCaseSlip('Autogaz jest tani, ze średnią cena 3 zł za litr.')).toBe('średnią cena'));
	it('accepts agreement, a relative pronoun and an adjective with its complement', () => {
		for (const s of [
			'Firma, którą kobieta prowadzi, upadła.',
			'Po stronie polskiej liczba ochotników rosła.',
			'Najlepszą drużyną okazała się Polska.',
			'Szklanka pełna wody stała na stole.'
		])
			expect(adjectiveCaseSlip(s), s).toBeNull();
	});
});
