import { analyze } from '../polish/morphology';
import type { Entity } from './facts-entities';
import type { Token } from './facts-text';

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** Same lexeme in another case: "Rada" / "Rady", "Agencja" / "Agencji". */
export function sameStem(a: string, b: string): boolean {
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

// Personal pronouns and a leading "To"/"Tam" stand for something named in another sentence.
const OBJECT_PRONOUN = /(^|[\s(„"])(go|nim|niej|niego|nią|ją|je|mu|jemu|niemu|im|nich|nimi)(?=[\s,.;:!?)”"]|$)/i;
const POSSESSIVE = /^(jego|jej|ich)$/i;
const LEADING = /^(to|tam|tu|tutaj|wtedy|wówczas|stąd)$/i;

/**
 * A sentence shown alone (gap, true/false, quote content) would not say what it is about:
 * its first clause has an object pronoun, a possessive before its first verb ("W 2023 roku jego wartość…"),
 * opens with "To"/"Tam", or opens with its verb (no subject). A possessive after the verb
 * usually points inside the sentence ("Senatu, który ma na jego rozpatrzenie"), and
 * demonstratives with a noun ("wskaźnik ten", "Na ten cel") say enough.
 */
export function needsContext(sentence: string, isVerb: (word: string) => boolean, opts: { quote?: boolean } = {}): boolean {
	// After the first comma a pronoun usually points back into the sentence ("choroba ta …, a umiera na nią").
	const head = sentence.split(',')[0];
	if (OBJECT_PRONOUN.test(head)) return true;
	const words = head
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/[^\p{L}]/gu, ''))
		.filter(Boolean);
	const v = words.findIndex((w) => isVerb(w));
	if (words.slice(0, v < 0 ? words.length : v).some((w) => POSSESSIVE.test(w))) return true;
	if (opts.quote) return false;
	const first = words[0] ?? '';
	if (LEADING.test(first) || (/^\p{Lu}/u.test(first) && isVerb(first) && !subjectless(first))) return true;
	return pointsBack(sentence, isVerb);
}

/** "Zatrzymano…", "Doszło do…": a verb that takes no subject may open a sentence of its own. */
function subjectless(verb: string): boolean {
	return analyze(verb).some((a) => a.tags.some((t) => t.startsWith('verb:imps') || /^verb:praet:sg:n[12.]+:ter/.test(t)));
}

/** "w tym roku" after a verb is the article's own time, which the reader shares. */
const TIME_NOUN = /^(roku|sezonie|tygodniu|miesiącu|dniu|okresie|czasie|momencie|tempie)$/i;
/** Gender and number a possessive asks of what it stands for: "jego" a singular masculine or neuter, "jej" a feminine, "ich" a plural. */
const POSSESSOR: Record<string, RegExp> = { jego: /^sg:.*\b(m[123]|n[12]?)\b/, jej: /^sg:.*\bf\b/, ich: /^pl:/ };

/**
 * Past the first comma too: "oznacza to…", "nie jest to…" (the pronoun after its verb), "odegrali w tym" ("in this",
 * not "including"), and "pocięto jego nadwozie" with nothing before the possessive that it could stand for.
 */
function pointsBack(sentence: string, isVerb: (word: string) => boolean): boolean {
	const words = sentence.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, ''));
	for (let i = 1; i < words.length; i++) {
		const w = words[i].toLowerCase();
		const prev = words[i - 1];
		if (w === 'to' && isVerb(prev) && !/[,;:–—-]$/.test(sentence.split(/\s+/)[i - 1])) return true;
		if (w === 'w' && words[i + 1]?.toLowerCase() === 'tym' && isVerb(prev) && !TIME_NOUN.test(words[i + 2] ?? '')) return true;
		const wants = POSSESSOR[w];
		if (wants && words.slice(0, i).some((x) => isVerb(x)) && !words.slice(0, i).some((x) => possessorFits(x, wants))) return true;
	}
	return false;
}

function possessorFits(word: string, wants: RegExp): boolean {
	if (!word) return false;
	const found = analyze(word);
	// A name the dictionary does not know ("Orlen", "Kowalski") may be what the possessive stands for.
	if (!found.length) return /^\p{Lu}/u.test(word);
	return found.some((a) =>
		a.tags.some((t) => /^(subst|ppron3|depr)/.test(t) && wants.test(t.split(':').slice(1).join(':').replace(/\./g, ' ')))
	);
}
