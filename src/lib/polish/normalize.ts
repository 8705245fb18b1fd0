/** Text normalisation for comparing a learner's answer with the expected one. */

const FOLD: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z',
	Ą: 'A',
	Ć: 'C',
	Ę: 'E',
	Ł: 'L',
	Ń: 'N',
	Ó: 'O',
	Ś: 'S',
	Ź: 'Z',
	Ż: 'Z'
};

/** "Żółć" → "Zolc": Polish letters to their base Latin letters (ł has no decomposition, hence the map). */
export function foldDiacritics(s: string): string {
	return s.normalize('NFC').replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g, (c) => FOLD[c]);
}

/** "Peña", "José", "Françoise" → "Pena", "Jose", "Francoise": other languages' accents, Polish letters kept. */
function foldForeignLetters(s: string): string {
	return s.replace(/[^\p{ASCII}ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/gu, (c) => {
		const base = c.normalize('NFD').replace(/\p{M}/gu, '');
		return /^[A-Za-z]$/.test(base) ? base : c;
	});
}

/**
 * Lower-case (unless keepCase: Roman centuries need their capitals), NFC, typographic quotes and
 * dashes unified, surrounding punctuation dropped, whitespace (including NBSP and thin spaces) collapsed.
 */
export function normalizeAnswer(s: string, opts: { keepCase?: boolean } = {}): string {
	// A learner may type a foreign name without its accents: that is not a mistake worth a note.
	const nfc = foldForeignLetters(s.normalize('NFC'));
	return (
		(opts.keepCase ? nfc : nfc.toLocaleLowerCase('pl'))
			.replace(/[\u00a0\u2009\u202f\s]+/g, ' ')
			.replace(/[“”„"«»‚‘’']/g, '')
			.replace(/[‐‑‒–—]/g, '-')
			.replace(/^[\s.,;:!?()-]+|[\s,;:!?()]+$/g, '')
			// An abbreviation keeps its dot ("2002 r."); \b would not see a Polish letter before "w" ("Kraków.").
			.replace(/\.+$/, (dots, at: number, all: string) =>
				/(?<!\p{L})(?:r|proc|tys|mln|mld|w|pkt)$|\d$/iu.test(all.slice(0, at)) ? dots : ''
			)
			.trim()
	);
}

/** Words of an answer (letters, digits, inner hyphens/dots as in "NATO-Rosja", "4,9"). */
export function answerWords(s: string): string[] {
	return s.match(/[\p{L}\p{N}]+(?:[-.,'][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions).
 * Stops early and returns max + 1 once the distance must exceed `max`.
 */
export function typoDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const n = b.length;
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = new Array<number>(n + 1);
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		prev2 = prev;
		prev = cur;
	}
	return prev[n];
}

/** Typos tolerated for a word of this length: none below 5 letters, 1 from 5, 2 from 9. */
export function allowedTypos(length: number): number {
	return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Length of the common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** Inflectional endings, so that a shared prefix plus these tails looks like one word in two cases. */
const ENDINGS = new Set(
	(
		'- a e i y o u ą ę ie em om ów ach ami mi owi owie ego emu ej ym im ymi imi ych ich ia ii ią ię iu io ' +
		'iem iom iów iach iami owa owe owy owej owych owego'
	)
		.split(' ')
		.map((e) => (e === '-' ? '' : e))
);

/**
 * Dictionary-free guess that two words are forms of one lemma: both ≥ 5 letters, lengths within 3,
 * a shared prefix of at least max(4, longer − 3) letters, and what follows it on both sides is an
 * ending ("gwarancji"/"gwarancje", "Stoltenberga"/"Stoltenberg", but not "Stoltenbreg").
 */
export function sameStem(a: string, b: string): boolean {
	const x = a.toLocaleLowerCase('pl');
	const y = b.toLocaleLowerCase('pl');
	if (x.length < 5 || y.length < 5 || Math.abs(x.length - y.length) > 3) return false;
	const p = commonPrefix(x, y);
	if (p < Math.max(4, Math.max(x.length, y.length) - 3)) return false;
	return ENDINGS.has(x.slice(p)) && ENDINGS.has(y.slice(p));
}
