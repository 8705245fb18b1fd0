// A page's own typos ("przesunać", "religine") must not be copied into questions, but PoliMorf also
// lacks many new words ("dronów", "cyberatak"). An unknown word counts as a typo only when one small
// edit (a Polish letter, one letter more or less, two letters swapped) turns it into a known word.
import { isKnownWord, morphologyInfo } from './morphology';

const DIACRITIC: Record<string, string> = {
	a: 'ą',
	ą: 'a',
	c: 'ć',
	ć: 'c',
	e: 'ę',
	ę: 'e',
	l: 'ł',
	ł: 'l',
	n: 'ń',
	ń: 'n',
	o: 'ó',
	ó: 'o',
	s: 'ś',
	ś: 's',
	z: 'żź',
	ź: 'zż',
	ż: 'zź'
};
const LETTERS = 'aąbcćdeęfghijklłmnńoóprsśtuwyzźż';
/** Words of news Polish that PoliMorf lacks and that sit one edit from a dictionary word. */
const NOT_TYPOS = new Set(
	'brutto netto online offline euro vlog bloger blogerka hejt hejter lockdown startup startupy smartfon smartfona smartfony dron drona drony dronów dronami'.split(
		' '
	)
);
const memo = new Map<string, boolean>();

function edits(w: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < w.length; i++) {
		for (const d of DIACRITIC[w[i]] ?? '') out.push(w.slice(0, i) + d + w.slice(i + 1));
		out.push(w.slice(0, i) + w.slice(i + 1));
		if (i + 1 < w.length) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
	}
	for (let i = 0; i <= w.length; i++) for (const c of LETTERS) out.push(w.slice(0, i) + c + w.slice(i));
	return out;
}

export function looksLikeTypo(word: string): boolean {
	// Not toLocaleLowerCase('pl'): the same result, ten times slower (see morphology.ts).
	const w = word.toLowerCase();
	if (w.length < 4 || NOT_TYPOS.has(w) || morphologyInfo().source !== 'polimorf' || isKnownWord(w)) return false;
	let hit = memo.get(w);
	if (hit === undefined) {
		hit = edits(w).some((e) => e.length >= 3 && isKnownWord(e));
		if (memo.size > 5000) memo.clear();
		memo.set(w, hit);
	}
	return hit;
}
