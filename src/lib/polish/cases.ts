// The seven Polish cases as a learner meets them: PoliMorf's tag, the Polish and English names,
// the question words, and when the case is used (one line, the most frequent uses first).

export type CaseTag = 'nom' | 'gen' | 'dat' | 'acc' | 'inst' | 'loc' | 'voc';

export interface CaseInfo {
	polish: string;
	english: string;
	questions: string;
	use: string;
}

export const CASES: Record<CaseTag, CaseInfo> = {
	nom: { polish: 'mianownik', english: 'nominative', questions: 'kto? co?', use: 'the subject of the sentence, and the dictionary form' },
	gen: {
		polish: 'dopełniacz',
		english: 'genitive',
		questions: 'kogo? czego?',
		use: 'after numbers from 5, after "nie" (nie ma czasu), after do, od, bez, dla, u, z (from), and for "of" (dom ojca)'
	},
	dat: {
		polish: 'celownik',
		english: 'dative',
		questions: 'komu? czemu?',
		use: 'the person who receives (daję bratu), and after dzięki, przeciwko, ku'
	},
	acc: {
		polish: 'biernik',
		english: 'accusative',
		questions: 'kogo? co?',
		use: 'the direct object (widzę dom), after na and w for a direction, after przez, and after za (for)'
	},
	inst: {
		polish: 'narzędnik',
		english: 'instrumental',
		questions: 'kim? czym?',
		use: 'with z (with someone), after "być" (jest lekarzem), the tool (piszę długopisem), and after przed, za, nad, pod, między for a place'
	},
	loc: {
		polish: 'miejscownik',
		english: 'locative',
		questions: 'o kim? o czym?',
		use: 'only after a preposition: w, na (where), o (about), po, przy'
	},
	voc: { polish: 'wołacz', english: 'vocative', questions: 'o!', use: 'calling someone directly (Aniu! Panie Janie!)' }
};

export function isCaseTag(s: string): s is CaseTag {
	return Object.hasOwn(CASES, s);
}

/** PoliMorf tag abbreviation → Polish case name ("gen" → "dopełniacz"). */
export function caseName(tag: string): string | undefined {
	return isCaseTag(tag) ? CASES[tag].polish : undefined;
}
