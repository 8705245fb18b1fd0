// Orders a word's dictionary senses for a learner. FreeDict lists senses in no useful order
// ("kot": "dust bunny" before "cat"; "praca": the physics sense first), so the common sense is
// found from what the entry itself says: labels of register ("potocznie") and of a specialised
// field ("fizyka") push a sense down; English words that several senses share are its core.
import type { Sense } from './glossary';

/** Register labels: slang, dated, jocular, offensive… a learner meets these senses last. */
const REGISTER = new Set(
	(
		'potocznie potoczny slangowo slang przestarzale przestarzały rzadko rzadki książkowo książkowy żartobliwie żartobliwy ' +
		'wulgarnie wulgarny pogardliwie pogardliwy regionalnie regionalny gwarowo gwara dawniej dawny poetycko poetycki ' +
		'ironicznie ironiczny obraźliwie obraźliwy lekceważąco środowiskowo środowiskowy zgrubiale przenośnie przenośny'
	).split(' ')
);
/**
 * Specialised fields: a sense marked so is pushed down a little ("siatkówka": the retina after
 * volleyball). Fields a news reader meets every day (politics, sport, economy, statistics) are not here.
 */
const SPECIALISED = new Set(
	(
		'fizyka fizyczny chemia chemiczny matematyka matematyczny informatyka informatyczny medycyna medyczny anatomia anatomiczny ' +
		'biologia biologiczny językoznawstwo językoznawczy gramatyka gramatyczny religia religijny religioznawstwo religioznawczy ' +
		'łowiectwo łowiecki żeglarstwo żeglarski technika techniczny muzyka muzyczny heraldyka heraldyczny szachy szachowy ' +
		'filozofia filozoficzny psychologia psychologiczny geologia geologiczny astronomia astronomiczny górnictwo górniczy ' +
		'poligrafia poligraficzny kolejnictwo lotnictwo lotniczy elektronika elektroniczny mechanika mechaniczny budownictwo ' +
		'rolnictwo rolniczy farmakologia farmakologiczny genetyka genetyczny mineralogia mineralogiczny'
	).split(' ')
);
/** A form of address ("Mrs. and Mr." for "państwo") is rarely what a news text means. */
const ADDRESS_FORM = /grzecznościow/;

/** The head words of an English gloss: "to feel, have" → ["feel", "have"]. */
function heads(english: string): string[] {
	return english
		.toLowerCase()
		.split(/[,;]/)
		.map((w) => w.trim().replace(/^(to|a|an|the)\s+/, ''))
		.filter(Boolean);
}

function usefulness(sense: Sense, shared: Map<string, number>): number {
	const labels = sense.labels ?? [];
	let score = 0;
	if (labels.some((l) => REGISTER.has(l))) score -= 2;
	else if (labels.some((l) => SPECIALISED.has(l))) score -= 0.5;
	if (ADDRESS_FORM.test(sense.polish ?? '')) score -= 1;
	if (heads(sense.english).some((h) => (shared.get(h) ?? 0) > 1)) score += 0.5;
	return score;
}

/** Senses, most useful first (stable among equals, so FreeDict's order breaks ties); duplicate glosses merged. */
export function rankSenses(senses: Sense[]): Sense[] {
	const shared = new Map<string, number>();
	// A gloss repeated word for word is one sense listed twice, not two senses sharing a word.
	const glosses = new Set(senses.map((s) => s.english.toLowerCase()));
	for (const g of glosses) for (const h of new Set(heads(g))) shared.set(h, (shared.get(h) ?? 0) + 1);
	const ranked = senses
		.map((s, i) => ({ s, score: usefulness(s, shared) - 0.01 * i }))
		.sort((a, b) => b.score - a.score)
		.map((x) => x.s);
	const seen = new Set<string>();
	return ranked.filter((s) => {
		const key = s.english.toLowerCase();
		return !seen.has(key) && !!seen.add(key);
	});
}

/** FreeDict's parts of speech for a PoliMorf one ("subst" → n), to keep the senses of the word class in the text. */
export function freedictPos(polimorfPos: string): string[] {
	if (/^(subst|depr|ger)$/.test(polimorfPos)) return ['n', 'collective'];
	if (/^(adj|adja|adjp|adjc|pact|ppas)$/.test(polimorfPos)) return ['adj'];
	if (polimorfPos === 'adv') return ['adv'];
	if (/^(fin|praet|inf|impt|imps|pcon|pant|bedzie|verb|winien)$/.test(polimorfPos)) return ['v', 'modal'];
	if (polimorfPos === 'num') return ['num', 'numeral'];
	if (polimorfPos === 'prep') return ['prep', 'preposition'];
	if (/^(conj|comp)$/.test(polimorfPos)) return ['conj', 'conjunction'];
	if (polimorfPos === 'qub') return ['particle', 'adv'];
	if (/^(ppron12|ppron3|siebie)$/.test(polimorfPos)) return ['pronoun'];
	if (polimorfPos === 'interj') return ['interjection'];
	if (polimorfPos === 'brev') return ['abbreviation', 'acronym'];
	return [];
}
