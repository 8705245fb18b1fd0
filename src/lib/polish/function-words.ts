// English for the small words FreeDict glosses badly ("w" → "at, on", "że" → "so that",
// "zł" → "gold"), written by hand: a preposition's meaning depends on the case of the word after
// it, which the dictionary does not say. Rated on our own texts (docs/word-help.md).
import type { CaseTag } from './cases';

/** Meaning of a preposition by the case it governs in the sentence. */
const PREPOSITIONS: Record<string, Partial<Record<CaseTag, string>>> = {
	w: { loc: 'in', acc: 'into; on (a day: w środę)' },
	we: { loc: 'in', acc: 'into; on (a day: we wtorek)' },
	na: { loc: 'on, at', acc: 'onto, to; for (a time: na rok)' },
	z: { gen: 'from, out of', inst: 'with', acc: 'about (z tysiąc = about a thousand)' },
	ze: { gen: 'from, out of', inst: 'with' },
	o: { loc: 'about; at (a time: o godzinie 17)', acc: 'by (how much: o 5 proc.); for (ask for)' },
	do: { gen: 'to, into; until' },
	od: { gen: 'from; since' },
	przez: { acc: 'through; by (who did it); for (a time: przez rok)' },
	dla: { gen: 'for' },
	przed: { inst: 'before; in front of', acc: 'in front of (moving)' },
	pod: { inst: 'under; near (a town: pod Warszawą)', acc: 'under (moving); towards' },
	po: { loc: 'after; around (po mieście)', acc: 'for (to fetch: po chleb)' },
	przy: { loc: 'at, by, near; during' },
	za: { inst: 'behind; beyond', acc: 'for (in exchange); in (a time: za tydzień)', gen: 'during (the time of: za PRL-u)' },
	u: { gen: "at (someone's place); with" },
	nad: { inst: 'above, over; on (a river or lake)', acc: 'to (a river or lake)' },
	między: { inst: 'between, among', acc: 'between (moving)' },
	według: { gen: 'according to' },
	bez: { gen: 'without' },
	wobec: { gen: 'towards; compared with; in the face of' },
	podczas: { gen: 'during' },
	oprócz: { gen: 'apart from, besides' },
	wśród: { gen: 'among' },
	dzięki: { dat: 'thanks to' },
	przeciw: { dat: 'against' },
	przeciwko: { dat: 'against' },
	około: { gen: 'about, around (a number or time)' },
	ok: { gen: 'about, around (a number or time)' }
};

/** Words whose everyday meaning FreeDict lists late or not at all; abbreviations of news texts. */
const WORDS: Record<string, string> = {
	że: 'that (a clause follows: mówi, że… = says that…)',
	się: 'oneself; makes the verb reflexive or "happen": kończyć się = to end, odbyć się = to take place',
	także: 'also, too',
	również: 'also, too',
	zł: 'zloty (Polish currency)',
	złoty: 'zloty (Polish currency)',
	gr: 'grosz (1/100 of a zloty)',
	tys: 'thousand',
	mln: 'million',
	mld: 'billion',
	proc: 'per cent',
	procent: 'per cent',
	godz: 'hour, o’clock',
	ul: 'street',
	al: 'avenue',
	woj: 'province (voivodeship)',
	nr: 'number',
	tzw: 'so-called',
	km: 'kilometre',
	sejm: 'Sejm, the lower house of the Polish parliament',
	poseł: 'MP, member of parliament',
	posłanka: 'MP (a woman), member of parliament',
	ustawa: 'act, law (passed by parliament)',
	uchwalić: 'to pass (a law)',
	uchwalać: 'to pass (laws)'
};

/** The case a preposition takes before a figure ("o 5 proc.", "na 5 lat", "przez 3 dni"): the figure hides it. */
const BEFORE_NUMBER: Record<string, CaseTag> = {
	o: 'acc',
	na: 'acc',
	przez: 'acc',
	za: 'acc',
	z: 'gen',
	do: 'gen',
	od: 'gen',
	około: 'gen',
	ok: 'gen',
	ponad: 'acc'
};

/** A hand-written meaning for a preposition followed by a word in `cases` (or by a figure), when that leaves one. */
export function prepositionMeaning(lemma: string, cases: string[], beforeNumber = false): string | undefined {
	const key = lemma.toLocaleLowerCase('pl');
	const table = PREPOSITIONS[key];
	if (!table) return undefined;
	const fitting = cases.filter((c): c is CaseTag => c in table);
	if (fitting.length === 1) return table[fitting[0]];
	const numeric = beforeNumber ? BEFORE_NUMBER[key] : undefined;
	return numeric ? table[numeric] : undefined;
}

/** "ma zostać", "mają wejść": "mieć" before an infinitive says what is planned or expected. */
export const MIEC_WITH_INFINITIVE = 'is to, is supposed to (with an infinitive: ma zostać = is to be)';

/** A hand-written everyday meaning of a function word or news abbreviation. */
export function everydayMeaning(lemma: string): string | undefined {
	return WORDS[lemma.toLocaleLowerCase('pl')];
}
