import type { Entity } from './facts-entities';
import type { Token } from './facts-text';

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** Same lexeme in another case: "Rada" / "Rady", "Agencja" / "Agencji". */
function sameStem(a: string, b: string): boolean {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x === y) return true;
	const p = commonPrefix(x, y);
	return p >= 3 && p >= Math.min(x.length, y.length) - 2;
}

/**
 * Minimal reference resolution for a bare sentence-initial noun ("Rada powstała…") that
 * shortens a name from the sentences just before ("Rady NATO-Rosja"): returns the full name
 * in the short form's case ("Rada NATO-Rosja"), or null when nothing fits.
 */
export function resolveShortName(tok: Token, sentence: number, entities: Entity[], paragraphOf: (s: number) => number): string | null {
	const near = (e: Entity) => e.sentence < sentence && e.sentence >= sentence - 3 && paragraphOf(e.sentence) === paragraphOf(sentence);
	const candidates = entities.filter((e) => near(e) && (e.text.includes(' ') || e.text.includes('-')));
	for (let i = candidates.length - 1; i >= 0; i--) {
		const words = candidates[i].text.split(' ');
		const [head, ...tail] = words;
		if (head.includes('-')) {
			const [h, ...rest] = head.split('-');
			if (sameStem(h, tok.text)) return [tok.text + '-' + rest.join('-'), ...tail].join(' ');
		}
		// Only the head may change case; the tail must be indeclinable or genitive (capitalised).
		if (tail.length && sameStem(head, tok.text) && tail.every((w) => /^\p{Lu}/u.test(w))) return [tok.text, ...tail].join(' ');
	}
	return null;
}
