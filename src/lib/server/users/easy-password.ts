// Short, common Polish words without diacritics, so a child can type them on any keyboard.
const FIRST = [
	'lato', 'zima', 'wiosna', 'jesien', 'rano', 'slonce', 'deszcz', 'chmura', 'wiatr', 'morze', 'rzeka', 'las',
	'park', 'dom', 'okno', 'drzwi', 'most', 'droga', 'pole', 'gora', 'dolina', 'wyspa', 'plaza', 'ogrod',
	'szkola', 'klasa', 'lawka', 'kreda', 'ksiazka', 'zeszyt', 'olowek', 'farba', 'pilka', 'rower', 'auto', 'tramwaj',
	'pociag', 'statek', 'balon', 'latawiec', 'gitara', 'beben', 'zegar', 'lampa', 'kubek', 'talerz', 'stol', 'krzeslo',
	'zupa', 'chleb', 'ser', 'jablko', 'gruszka', 'sliwka', 'malina', 'cytryna', 'banan', 'arbuz', 'kakao', 'herbata'
];
const SECOND = [
	'kot', 'pies', 'lis', 'wilk', 'sowa', 'zaba', 'mysz', 'kura', 'koza', 'krowa', 'kon', 'owca',
	'jez', 'bobr', 'zubr', 'lew', 'tygrys', 'slon', 'zebra', 'panda', 'foka', 'delfin', 'wieloryb', 'rekin',
	'ryba', 'rak', 'mucha', 'osa', 'pszczola', 'motyl', 'biedronka', 'mrowka', 'slimak', 'kaczka', 'ges', 'indyk',
	'orzel', 'jastrzab', 'bocian', 'wrobel', 'sikorka', 'kruk', 'papuga', 'pingwin', 'strus', 'zolw', 'jaszczurka', 'waz',
	'dzik', 'sarna', 'jelen', 'zajac', 'kret', 'chomik', 'krolik', 'wiewiorka', 'borsuk', 'rys', 'los', 'kangur'
];

export type RandomInt = (maxExclusive: number) => number;

/** Uniform integer from the Web Crypto source (rejection sampling avoids modulo bias). */
export const cryptoInt: RandomInt = (max) => {
	const limit = Math.floor(0x1_0000_0000 / max) * max;
	const buf = new Uint32Array(1);
	do crypto.getRandomValues(buf);
	while (buf[0] >= limit);
	return buf[0] % max;
};

/**
 * "lato-kot-42": about 18 bits, weak alone but fine behind sign-in throttling (five free tries, then waits
 * doubling to 15 minutes: about a hundred guesses a day) for a child's reading account; the child may change
 * it on /account (to a password that passes the strength check).
 */
export function easyPassword(random: RandomInt = cryptoInt): string {
	const number = 10 + random(90);
	return `${FIRST[random(FIRST.length)]}-${SECOND[random(SECOND.length)]}-${number}`;
}
