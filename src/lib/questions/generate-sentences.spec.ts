import { describe, expect, it } from 'vitest';
import { generateQuestions } from './generate';
import { analyzeArticle } from './facts';
import { personWh, sentenceTrueFalse, standsAlone, textOrderDraft } from './generate-sentences';

// Our own text, written like a local news report: few dates and numbers, named people, one pronoun.
const text = [
	'Nowa biblioteka w Lesznie',
	'Anna Nowak otworzyła nową bibliotekę miejską przy ulicy Słowackiego.',
	'Budynek zaprojektował architekt Piotr Zieliński z Poznania.',
	'W tych salach dzieci będą mogły czytać i grać w gry planszowe.',
	'Marek Wiśniewski przekazał bibliotece kolekcję starych map regionu.',
	'Czytelnicy mogą wypożyczać książki w soboty i w niedziele.',
	'Burmistrz Leszna Tomasz Lewandowski podziękował mieszkańcom za cierpliwość podczas budowy.'
].join('\n\n');

describe('sentence questions on a report without dates', () => {
	const a = analyzeArticle(text);
	const s = (start: string) => a.sentences.find((x) => x.text.startsWith(start))!;

	it('takes only sentences that say what they are about', () => {
		expect(standsAlone(a, s('Czytelnicy mogą'))).toBe(true);
		expect(standsAlone(a, s('W tych salach'))).toBe(false);
		expect(standsAlone(a, s('Nowa biblioteka'))).toBe(false);
	});

	it('makes a false statement by swapping in another person of the same gender, or keeps it true', () => {
		const items = a.sentences.map((x) => sentenceTrueFalse(a, x)).filter((d) => d !== null);
		expect(items.length).toBeGreaterThanOrEqual(3);
		for (const d of items) {
			if (d.answer === 'Prawda') expect(d.prompt).toBe(d.evidence.sentence);
			else {
				expect(d.prompt).not.toBe(d.evidence.sentence);
				expect(d.prompt).toMatch(/Marek Wiśniewski|Piotr Zieliński|Tomasz Lewandowski|Anna Nowak/);
			}
		}
	});

	it('asks "Kto" about a named subject, in the masculine question form', () => {
		const e = a.entities.find((x) => x.text === 'Anna Nowak')!;
		expect(personWh(a, e)?.prompt).toBe('Kto otworzył nową bibliotekę miejską przy ulicy Słowackiego?');
		expect(personWh(a, e)?.accept).toContain('Nowak');
	});

	it('orders four statements as the text gives them', () => {
		const d = textOrderDraft(a)!;
		const lines = d.answer.split('\n');
		expect(lines).toHaveLength(4);
		const positions = lines.map((l) => text.indexOf(l));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((x, y) => x - y)).toEqual(positions);
		expect(d.options).not.toEqual(lines);
	});

	it('fills a quiz from such a text with at least three kinds of question', () => {
		const qs = generateQuestions(text, { max: 10 });
		expect(qs.length).toBeGreaterThanOrEqual(5);
		expect(new Set(qs.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
		expect(qs.every((q) => !q.prompt.startsWith('W tych salach'))).toBe(true);
	});
});

describe('words that tie a sentence to the one before', () => {
	it('each listed example is refused as a statement of its own', async () => {
		const { LEANING_WORDS, leansOnContext } = await import('./context-words');
		for (const [, example] of LEANING_WORDS) expect(leansOnContext(example), example).toBe(true);
		expect(leansOnContext('Sejm uchwalił ustawę o obronie cywilnej.')).toBe(false);
	});
	it('takes out a particle that only links, but keeps "a także", "ale także" and "jak również"', async () => {
		const { detach } = await import('./context-words');
		expect(detach('Kosiniak-Kamysz zapewnił z kolei, że koalicja działa.')).toBe('Kosiniak-Kamysz zapewnił, że koalicja działa.');
		expect(detach('Ostrzeżenia wydano także dla Dolnego Śląska.')).toBe('Ostrzeżenia wydano dla Dolnego Śląska.');
		expect(detach('Odpowiada na pytania, a także realizuje zadania.')).toBe('Odpowiada na pytania, a także realizuje zadania.');
		const both = 'Kurs uczy zarówno pływania, jak również ratownictwa.';
		expect(detach(both)).toBe(both);
	});
	it('turns a statement false by the opposite word only when the sentence does not already hold it', async () => {
		const { oppositeIn } = await import('./antonyms');
		expect(oppositeIn('Ceny paliw wzrosły w maju.')?.word).toBe('spadły');
		expect(oppositeIn('Na wschodzie pada śnieg, na zachodzie deszcz.')).toBeNull();
	});
});

describe('a statement names its own subject', () => {
	it('accepts a subject that agrees with the verb and refuses a dropped one', async () => {
		const { hasOwnSubject } = await import('./subject');
		const { tokenize } = await import('./facts-text');
		const yes = [
			'Mężczyzna długo ukrywał się za granicą.',
			'Policjanci zablokowali auto radiowozami.',
			'W szpitalu odnaleziono dokumenty.',
			'Spadło kilkanaście centymetrów śniegu.'
		];
		const no = [
			'Długo ukrywał się poza granicami kraju.',
			'Auto zablokowali radiowozami.',
			'Pracujemy nad nową podstawą programową.',
			'Wczoraj wieczorem wróciła do domu.'
		];
		for (const s of yes) expect(hasOwnSubject(tokenize(s)), s).toBe(true);
		for (const s of no) expect(hasOwnSubject(tokenize(s)), s).toBe(false);
	});
	it('counts an amount, an "X-latka" and a subjectless verb, but not a noun of another clause or a name after a noun', async () => {
		const { hasOwnSubject } = await import('./subject');
		const { tokenize } = await import('./facts-text');
		const yes = [
			'Do wypadku doszło na skrzyżowaniu ulic.',
			'Z ustaleń policji wynika, że kierowca był trzeźwy.',
			'Na wiec przyszło 200 osób z całego regionu.',
			'Ranna 45-latka trafiła do szpitala.'
		];
		const no = [
			'Nie zgodził się z opinią, że były to błędy lekarzy.',
			'Od 2015 roku szefował spółce Grablex.',
			'14 października zatrzymał kierowcę w centrum.'
		];
		for (const s of yes) expect(hasOwnSubject(tokenize(s)), s).toBe(true);
		for (const s of no) expect(hasOwnSubject(tokenize(s)), s).toBe(false);
	});
});

describe('a dropped subject written in', () => {
	it('takes the subject of the sentence before when it agrees, as a name or a personal noun', () => {
		const text = [
			'Sąd Okręgowy w Lesznie skazał Jana Kowalskiego na dwa lata więzienia. Nie zgodził się z wnioskiem obrony o łagodniejszy wyrok dla oskarżonego.',
			'Po wypadku kierowca uciekł z miejsca zdarzenia przez pobliski las. Po kilku godzinach zgłosił się sam na komendę policji w Lesznie.',
			'Anna Nowak przygotowała wystawę zdjęć w miejskiej galerii. Długo szukała starych fotografii w archiwach całego regionu.'
		].join('\n\n');
		const a = analyzeArticle(text);
		const prompts = a.sentences.map((x) => sentenceTrueFalse(a, x)?.prompt ?? '');
		expect(prompts).toContainEqual(expect.stringMatching(/^Sąd Okręgowy nie zgodził się z wnioskiem obrony/));
		expect(prompts).toContainEqual(expect.stringMatching(/^Kierowca po kilku godzinach zgłosił się sam na komendę/));
		expect(prompts).toContainEqual(expect.stringMatching(/^Anna Nowak długo szukała starych fotografii/));
	});
	it('writes in nobody when the sentence before names someone of another gender or has no subject', () => {
		const text = ['Anna Nowak otworzyła wystawę w galerii.', 'Długo szukał starych fotografii w archiwach regionu.'].join(' ');
		const a = analyzeArticle(text);
		expect(sentenceTrueFalse(a, a.sentences[1])).toBeNull();
	});
});

describe('a statement that points back past its first comma, compares with the unsaid or keeps half a pair', () => {
	it('is refused', async () => {
		const { needsContext } = await import('./reference');
		const { comparesWithUnsaid, halfPair, speechTagged } = await import('./context-words');
		const { wordInfo } = await import('./grammar');
		const isVerb = (w: string) => !!wordInfo(w).verb;
		for (const s of [
			'W nowej wersji oznacza to silnik o mocy 200 KM.',
			'Policjanci uspokajali, że nie jest to groźny przestępca.',
			'Kluczową rolę odegrali w tym studenci z Gdańska.',
			'Dla wszystkich nowych modeli zmieniono jego kształt.'
		])
			expect(needsContext(s, isVerb), s).toBe(true);
		for (const s of [
			'Ceny wzrosły w tym roku o 5 proc.',
			'Inflacja to wzrost cen.',
			'Projekt trafi do Senatu, który ma na jego ocenę miesiąc.'
		])
			expect(needsContext(s, isVerb), s).toBe(false);
		expect(comparesWithUnsaid('Po komunikacie banku notowania wzrosły mocniej.')).toBe(true);
		expect(comparesWithUnsaid('Notowania wzrosły mocniej niż rano.')).toBe(false);
		expect(comparesWithUnsaid('Turyści przyjeżdżają coraz częściej.')).toBe(false);
		expect(halfPair('Szkoła uczy nie tylko matematyki.')).toBe(true);
		expect(halfPair('Szkoła uczy nie tylko matematyki, ale i muzyki.')).toBe(false);
		expect(speechTagged('W akcji pomagali też harcerze - wyliczyła.')).toBe(true);
		expect(speechTagged('Duet Nowak - Kowalski zajął trzecie miejsce.')).toBe(false);
	});
	it('takes a sentence opened by an impersonal verb, and a colon that opens a list after a clause of its own', () => {
		const text = [
			'Zatrzymano w Lesznie prawie 600 nietrzeźwych kierowców od początku roku.',
			'Do końca sezonu zostały drużynie dwa mecze: z Lechem i z Wisłą.',
			'Anna Nowak, prezes klubu: Drużyna da z siebie wszystko.'
		].join('\n\n');
		const a = analyzeArticle(text);
		expect(standsAlone(a, a.sentences[0])).toBe(true);
		expect(standsAlone(a, a.sentences[1])).toBe(true);
		expect(standsAlone(a, a.sentences[2])).toBe(false);
	});
	it('keeps an opening that names its source ("Jak poinformował minister X, …")', async () => {
		const { leansOnContext } = await import('./context-words');
		expect(leansOnContext('Jak poinformował minister Jan Nowak, hakerzy włamali się do systemu banku.')).toBe(false);
		expect(leansOnContext('Jak dodała, ochotnicy pracowali przez całą noc.')).toBe(true);
		expect(leansOnContext('Na zawodach zwyciężył zespołem z Gdańska.')).toBe(false);
	});
});

describe('a bare noun that the article named before', () => {
	it('is "the one just mentioned", so its sentence is not a statement of its own', () => {
		const text = [
			'Na budynku przy ulicy Długiej odsłonięto tablicę pamiątkową.',
			'Tablica przypomina o bohaterach powstania z 1944 roku.',
			'Nowa tablica przy ratuszu przypomina o bohaterach powstania.'
		].join('\n\n');
		const a = analyzeArticle(text);
		expect(standsAlone(a, a.sentences[1])).toBe(false);
		expect(standsAlone(a, a.sentences[2])).toBe(true);
	});
});

describe('a statement with an aside in brackets', () => {
	it('is asked without the aside, and stays false only when the swap is outside it', () => {
		const text = [
			'Zakład w Koninie wyprodukował w maju 9,1 TWh energii (o 5 proc. więcej niż rok wcześniej), najwięcej od lat.',
			'Jan Nowak (prezes spółki) otworzył w czerwcu nową linię produkcyjną w Koninie.'
		].join('\n\n');
		const a = analyzeArticle(text);
		for (const x of a.sentences) {
			const d = sentenceTrueFalse(a, x);
			expect(d, x.text).not.toBeNull();
			expect(d!.prompt).not.toMatch(/[()]/);
			if (d!.answer === 'Prawda') expect(text.replace(/\s*\([^)]*\)/g, '')).toContain(d!.prompt);
		}
	});
});

describe('a name the article gave before', () => {
	it('still opens a statement of its own (only a bare common noun means "the one just mentioned")', () => {
		const a = analyzeArticle('Jan Kubacki skoczył najdalej w serii próbnej. Kubacki wskoczył na podium z kolegą z drużyny.');
		expect(standsAlone(a, a.sentences[1])).toBe(true);
	});
});

describe('"Kto…?" about an institution that opens the sentence', () => {
	it('asks who did it and expects the institution as written', () => {
		const a = analyzeArticle('Główny Urząd Statystyczny opublikował nowe dane o cenach żywności w sklepach.');
		const e = a.entities.find((x) => x.text === 'Główny Urząd Statystyczny')!;
		expect(personWh(a, e)).toMatchObject({
			prompt: 'Kto opublikował nowe dane o cenach żywności w sklepach?',
			answer: 'Główny Urząd Statystyczny'
		});
	});
});
