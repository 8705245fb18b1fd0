/** Small closed word lists the fact extractor relies on (nominative forms). */

const FIRST_NAMES = `Adam Adrian Agata Agnieszka Aleksander Aleksandra Alicja Andrzej Anna Antoni Arkadiusz Artur Barbara Bartosz
Beata Bogdan Bogusław Bożena Czesław Damian Daniel Dariusz Dawid Donald Dominik Dorota Edward Elżbieta Emilia Ewa Ewelina Filip
Grażyna Grzegorz Hanna Halina Henryk Hubert Igor Irena Iwona Izabela Jacek Jakub Jan Janina Janusz Jarosław Jerzy Joanna Jolanta
Józef Julia Julian Justyna Kamil Karol Karolina Katarzyna Kazimierz Kinga Krystyna Krzysztof Lech Leszek Łukasz Maciej Magdalena
Małgorzata Marcin Marek Maria Marian Mariusz Marta Marzena Mateusz Michał Mirosław Monika Natalia Olga Patryk Paulina Paweł Piotr
Przemysław Radosław Rafał Robert Roman Ryszard Sebastian Stanisław Szymon Tadeusz Teresa Tomasz Urszula Wacław Waldemar Weronika
Wiesław Wiktor Witold Władysław Włodzimierz Wojciech Zbigniew Zofia Zuzanna Zygmunt Emmanuel Joe Donald Jens Olaf Angela Ursula
Wołodymyr Władimir Siergiej Nikola Wilfredo Kamala Joe Mark Elon Bill Steve John Jeff`;

export const FIRST_NAME = new Set(FIRST_NAMES.split(/\s+/).filter(Boolean));

/** Role nouns that stand before a person's name as an apposition ("Minister ... Tomasz Siemoniak"). */
const ROLE_WORDS = `minister ministra wiceminister prezes prezeska wiceprezes prezydent prezydentka premier premierka wicepremier
sekretarz dyrektor dyrektorka trener trenerka rzecznik rzeczniczka poseł posłanka senator senatorka burmistrz wójt starosta
wojewoda marszałek marszałkini synoptyk synoptyczka konsultant konsultantka kapitan szef szefowa przewodniczący przewodnicząca
prokurator komendant komendantka ambasador ambasadorka reżyser reżyserka kanclerz rektor rektorka dziekan kierownik kierowniczka
zastępca założyciel założycielka ekonomista ekonomistka analityk analityczka lider liderka atakujący rozgrywający bramkarz
napastnik obrońca kierowca pilot astronauta prezenter dziennikarz dziennikarka pisarz pisarka aktor aktorka piosenkarz piosenkarka
ekspert ekspertka sędzia wiceprzewodniczący członek radny radna`;

export const ROLE_HEAD = new Set(ROLE_WORDS.split(/\s+/).filter(Boolean));

/** Titles that are not a function: kept out of "Jaką funkcję pełni…" answers. */
export const TITLE_WORDS = new Set([
	'profesor',
	'profesorka',
	'prof',
	'doktor',
	'dr',
	'generał',
	'gen',
	'pułkownik',
	'ksiądz',
	'pani',
	'pan',
	'mecenas',
	'inżynier',
	'inż',
	'hab'
]);

/** Heads of organisation names (nominative and frequent oblique stems are matched by prefix). */
export const ORG_STEMS = [
	'urząd',
	'urzęd',
	'ministerstw',
	'agencj',
	'instytut',
	'bank',
	'rad',
	'komisj',
	'związ',
	'sejm',
	'senat',
	'spółk',
	'muzeum',
	'akademi',
	'uniwersytet',
	'politechnik',
	'fundacj',
	'stowarzysz',
	'partia',
	'parti',
	'zarząd',
	'straż',
	'polici',
	'sąd',
	'trybunał',
	'kancelari',
	'izb',
	'teatr',
	'festiwal',
	'misj',
	'linie',
	'lini',
	'koleje',
	'zakład',
	'szpital',
	'narodow',
	'krajow',
	'państwow',
	'główn',
	'centraln',
	'polsk',
	'europejsk',
	'miejsk',
	'wojskow',
	'organizacj',
	'unia',
	'unii',
	'konfederacj',
	'biur',
	'komend',
	'inspekcj',
	'fundusz'
];

/** Verbs of saying, past tense (all genders and numbers share the stem). */
const SPEECH_STEMS = [
	'powiedzia',
	'podkreśli',
	'doda',
	'poinformowa',
	'zapowiedzia',
	'przekaza',
	'oświadczy',
	'zaznaczy',
	'stwierdzi',
	'przypomnia',
	'oceni',
	'zapewni',
	'wyjaśni',
	'ogłosi',
	'przyzna',
	'mówi',
	'informowa',
	'zauważy',
	'ostrzeg',
	'uważa'
];

export function isSpeechVerb(word: string): boolean {
	const w = word.toLowerCase();
	return /(ł|ła|ło|li|ły)$/.test(w) && SPEECH_STEMS.some((s) => w.startsWith(s));
}

/** Sentence-initial connectives dropped from questions. */
export const CONNECTIVES = new Set([
	'otóż',
	'natomiast',
	'jednak',
	'jednakże',
	'ponadto',
	'również',
	'także',
	'zatem',
	'więc',
	'ale',
	'a',
	'i',
	'oraz',
	'tymczasem',
	'dodatkowo',
	'bowiem',
	'zaś',
	'wreszcie',
	'ostatecznie'
]);
