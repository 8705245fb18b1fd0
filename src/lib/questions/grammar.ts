import { analyze, isKnownWord, morphologyInfo } from '../polish/morphology';

/** Morphological facts the question templates need, cached per word form (the dictionary lookups are the hot path). */
export interface WordInfo {
	verb: 'praet' | 'fin' | 'imps' | 'other' | null;
	/** Grammatical number of a finite/past verb. */
	plural: boolean;
	/** Masculine-personal plural noun (żołnierzy, posłów): "Ilu", not "Ile". */
	m1: boolean;
	/** Also a genitive plural of another gender ("metrów": metr m1 "maître" and m3 "metre"). */
	nonM1GenPl?: boolean;
	genPl: boolean;
	noun: boolean;
	adj: boolean;
	/** Adjective that can be genitive plural ("rosyjskich"), so it may follow a counted noun. */
	adjGenPl: boolean;
	/** Noun that can be nominative: a possible subject. */
	nom: boolean;
	prep: boolean;
	/** Present-tense verb that is also a noun form ("jesienią", "powstanie", "poleci"). */
	nounOrVerb?: boolean;
	/** Lemma of the first verb reading. */
	verbLemma?: string;
}

const cache = new Map<string, WordInfo>();

const KNOWN_VERBS: Record<string, WordInfo['verb']> = {
	jest: 'fin',
	są: 'fin',
	ma: 'fin',
	musi: 'fin',
	może: 'fin',
	mogą: 'fin',
	chce: 'fin',
	mają: 'fin',
	będzie: 'fin',
	będą: 'fin',
	był: 'praet',
	była: 'praet',
	było: 'praet',
	byli: 'praet',
	były: 'praet',
	trwa: 'fin',
	trwają: 'fin',
	działa: 'fin',
	wynosi: 'fin',
	kosztuje: 'fin',
	odbędzie: 'fin',
	zostanie: 'fin',
	zostaną: 'fin',
	obowiązuje: 'fin',
	to: null
};
const NOT_VERBS = new Set([
	'cały',
	'mały',
	'stały',
	'biały',
	'dojrzały',
	'szkoły',
	'wszyscy',
	'oli',
	'ali',
	'chwili',
	'roli',
	'soli',
	'woli',
	'doli',
	'fali',
	'sali',
	'dali',
	'stali',
	'mali',
	'ciało',
	'mało',
	'czoło',
	'koło',
	'sioło',
	'wiosło',
	'zło',
	'dzieło',
	'źródło',
	'masło',
	'hasło',
	'pismo',
	'kilo',
	'wideo'
]);
const PREPS = new Set([
	'w',
	'we',
	'z',
	'ze',
	'na',
	'do',
	'od',
	'o',
	'po',
	'przy',
	'za',
	'przed',
	'nad',
	'pod',
	'między',
	'przez',
	'dla',
	'u',
	'bez',
	'wobec',
	'około',
	'podczas',
	'według',
	'wokół',
	'obok',
	'spod',
	'sprzed',
	'ku'
]);

function fromTags(word: string): WordInfo {
	const info: WordInfo = {
		verb: KNOWN_VERBS[word] ?? null,
		plural: false,
		m1: false,
		genPl: false,
		noun: false,
		adj: false,
		adjGenPl: false,
		nom: false,
		prep: PREPS.has(word)
	};
	for (const a of analyze(word)) {
		for (const tag of a.tags) {
			const parts = tag.split(/[:.+]/);
			const has = (p: string) => parts.includes(p);
			if ((has('praet') || has('fin') || has('bedzie') || has('imps')) && !info.verbLemma) info.verbLemma = a.lemma;
			if (has('praet') && !info.verb) {
				info.verb = 'praet';
				info.plural = has('pl');
			} else if ((has('fin') || has('bedzie')) && !info.verb) {
				info.verb = 'fin';
				info.plural = has('pl');
			} else if (has('imps') && !info.verb) info.verb = 'imps';
			if (has('subst') || has('depr')) {
				info.noun = true;
				if (has('pl') && has('gen')) {
					info.genPl = true;
					if (has('m1')) info.m1 = true;
					else info.nonM1GenPl = true;
				}
			}
			if (has('subst') && has('nom')) info.nom = true;
			if (has('ppas') || has('pact')) {
				if (has('pl') && has('gen')) info.adjGenPl = true;
			}
			if (has('adj')) {
				info.adj = true;
				if (has('pl') && has('gen')) info.adjGenPl = true;
			}
			if (has('prep')) info.prep = true;
		}
	}
	if (info.verb && info.verb !== 'praet' && info.noun && !(word in KNOWN_VERBS)) info.nounOrVerb = true;
	return info;
}

/** Suffix rules for when the dictionary has no entry (or is not loaded yet). */
function fallback(word: string, info: WordInfo): WordInfo {
	if (info.verb || info.noun || info.adj || info.prep) return info;
	if (word in KNOWN_VERBS) return { ...info, verb: KNOWN_VERBS[word], plural: /(ą|li|ły)$/.test(word) };
	if (NOT_VERBS.has(word) || word.length < 4) return info;
	if (/[aeiouyąęó](ł|ła|ło)$/.test(word)) return { ...info, verb: 'praet' };
	if (/[aeiouyąęó]ł[iy]$/.test(word) && word.length >= 5) return { ...info, verb: 'praet', plural: true };
	if (/.{3}(ano|ono|ęto|ito|yto|arto|uto)$/.test(word)) return { ...info, verb: 'imps' };
	if (/.{2}(uje|ują|eje|eją)$/.test(word)) return { ...info, verb: 'fin', plural: word.endsWith('ą') };
	return info;
}

export function wordInfo(raw: string): WordInfo {
	const word = raw.toLowerCase();
	let info = cache.get(word);
	if (!info) {
		info = fallback(word, fromTags(word));
		cache.set(word, info);
	}
	// Capitalised, such a word opens a sentence as its subject or adverbial: read it as the noun.
	if (info.nounOrVerb && /^\p{Lu}/u.test(raw)) return { ...info, verb: null };
	return info;
}

const M1_HINT = new Set([
	'żołnierzy',
	'posłów',
	'senatorów',
	'uczniów',
	'studentów',
	'pracowników',
	'mieszkańców',
	'kibiców',
	'zawodników',
	'lekarzy',
	'nauczycieli',
	'policjantów',
	'strażaków',
	'naukowców',
	'robotników',
	'inżynierów',
	'techników',
	'turystów',
	'pasażerów',
	'kierowców',
	'powstańców',
	'widzów',
	'Polaków',
	'obywateli',
	'ludzi',
	'uchodźców',
	'rolników',
	'ratowników',
	'maturzystów',
	'absolwentów',
	'pacjentów',
	'radnych',
	'dzieci'
]);

/** True when the counted noun is masculine-personal (żołnierzy, posłów), so the question word is "Ilu". */
export function isPersonalNoun(genPl: string): boolean {
	const w = genPl.toLowerCase();
	if (w === 'dzieci') return false;
	const info = wordInfo(w);
	// A form that is also a thing ("metrów", "techników" of technikum) takes the safe "Ile".
	if (info.m1) return !info.nonM1GenPl;
	if (morphologyInfo().source === 'polimorf' && info.genPl) return false;
	return M1_HINT.has(w);
}

/** "powiedziała"/"podkreślili" → "powiedział"/"podkreślił": "Kto" takes a masculine singular verb. */
export function toMasculineSg(verb: string): string {
	return verb
		.replace(/ęł[aoiy]$|ęli$/, 'ął')
		.replace(/ieli$/, 'iał')
		.replace(/(ła|ło|li|ły)$/, 'ł');
}

/** 3rd person plural → singular ("pozostają" → "pozostaje", "głosowali" → "głosowało") for "Ile/Ilu X …" subjects. */
export function toThirdSg(verb: string): string | null {
	const v = verb.toLowerCase();
	const special: Record<string, string> = { są: 'jest', będą: 'będzie', mają: 'ma', byli: 'było', były: 'było' };
	let out: string | null = special[v] ?? null;
	if (!out) {
		if (/ęli$|ęły$/.test(v)) out = v.replace(/ę(li|ły)$/, 'ęło');
		else if (/(li|ły)$/.test(v)) out = v.replace(/(li|ły)$/, 'ło');
		else if (/(uj|ej|ij)ą$/.test(v)) out = v.replace(/ą$/, 'e');
		else if (/(staj|daj|znaj)ą$/.test(v)) out = v.replace(/ą$/, 'e');
		else if (/ają$/.test(v)) out = v.replace(/ją$/, '');
		else if (/ną$/.test(v)) out = v.replace(/ną$/, 'nie');
		else if (/ią$/.test(v)) out = v.replace(/ą$/, '');
		else if (/(cz|sz|rz|ż)ą$/.test(v)) out = v.replace(/ą$/, 'y');
	}
	if (!out) return null;
	if (morphologyInfo().source === 'polimorf' && !isKnownWord(out)) return null;
	return out;
}
