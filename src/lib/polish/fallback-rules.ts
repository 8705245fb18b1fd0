// Rule-based lemma guessing used only when the PoliMorf dictionary is unavailable.
// Each rule: "formEnding>lemmaEnding tag". Several rules may fire; every guess is returned
// (longest ending first) because callers compare lemma sets and prefer recall. Guesses are
// deliberately coarse: they cover regular declension and conjugation, not exceptions.
import { lexiconLookup } from './fallback-lexicon';

const RULES_TEXT = `
# feminine nouns in -a / -ja / -ia
ja>ja subst:sg:nom:f|ji>ja subst:sg:gen:f|ję>ja subst:sg:acc:f|ją>ja subst:sg:inst:f|je>ja subst:pl:nom:f
jom>ja subst:pl:dat:f|jami>ja subst:pl:inst:f|jach>ja subst:pl:loc:f|ii>ia subst:sg:gen:f|ię>ia subst:sg:acc:f
ią>ia subst:sg:inst:f|ie>ia subst:pl:nom:f|iom>ia subst:pl:dat:f|iami>ia subst:pl:inst:f|iach>ia subst:pl:loc:f
y>a subst:sg:gen:f|i>a subst:sg:gen:f|ę>a subst:sg:acc:f|ą>a subst:sg:inst:f|om>a subst:pl:dat:f
ami>a subst:pl:inst:f|ach>a subst:pl:loc:f
# locative/dative -e with consonant alternation (fem -a and masc zero ending)
wie>wa subst:sg:loc:f|nie>na subst:sg:loc:f|mie>ma subst:sg:loc:f|pie>pa subst:sg:loc:f|bie>ba subst:sg:loc:f
sie>sa subst:sg:loc:f|zie>za subst:sg:loc:f|dzie>da subst:sg:loc:f|cie>ta subst:sg:loc:f|rze>ra subst:sg:loc:f
le>ła subst:sg:loc:f|ce>ka subst:sg:loc:f|dze>ga subst:sg:loc:f|sze>cha subst:sg:loc:f|ście>sta subst:sg:loc:f
wie>w subst:sg:loc:m3|nie>n subst:sg:loc:m3|mie>m subst:sg:loc:m3|pie>p subst:sg:loc:m3|bie>b subst:sg:loc:m3
sie>s subst:sg:loc:m3|zie>z subst:sg:loc:m3|dzie>d subst:sg:loc:m3|cie>t subst:sg:loc:m3|rze>r subst:sg:loc:m3
le>ł subst:sg:loc:m3|ście>st subst:sg:loc:m3|owie>ów subst:sg:loc:m3|owa>ów subst:sg:gen:m3
owem>ów subst:sg:inst:m3|oła>ół subst:sg:gen:m3|ole>ół subst:sg:loc:m3
# masculine nouns (zero ending), incl. mobile e in -ek / -ec
a>  subst:sg:gen:m|u> subst:sg:gen:m3|owi> subst:sg:dat:m|em> subst:sg:inst:m|y> subst:pl:nom:m3
i> subst:pl:nom:m3|owie> subst:pl:nom:m1|e> subst:pl:nom:m3|ów> subst:pl:gen:m|om> subst:pl:dat:m
ami> subst:pl:inst:m|mi> subst:pl:inst:m|ach> subst:pl:loc:m|cy>k subst:pl:nom:m1
ka>ek subst:sg:gen:m|ku>ek subst:sg:gen:m3|ki>ek subst:pl:nom:m3|ków>ek subst:pl:gen:m|kiem>ek subst:sg:inst:m
kami>ek subst:pl:inst:m|kach>ek subst:pl:loc:m|ca>ec subst:sg:gen:m|cu>ec subst:sg:gen:m|ców>ec subst:pl:gen:m
cem>ec subst:sg:inst:m|cy>ec subst:pl:nom:m1|cami>ec subst:pl:inst:m
# neuter nouns in -o / -e / -nie / -cie
a>o subst:sg:gen:n|u>o subst:sg:dat:n|em>o subst:sg:inst:n|om>o subst:pl:dat:n|ami>o subst:pl:inst:n
ach>o subst:pl:loc:n|a>e subst:sg:gen:n|u>e subst:sg:dat:n|em>e subst:sg:inst:n
nia>nie subst:sg:gen:n|niu>nie subst:sg:dat:n|niem>nie subst:sg:inst:n|ń>nie subst:pl:gen:n
niom>nie subst:pl:dat:n|niami>nie subst:pl:inst:n|niach>nie subst:pl:loc:n|cia>cie subst:sg:gen:n
ciu>cie subst:sg:dat:n|ciem>cie subst:sg:inst:n|ć>cie subst:pl:gen:n
# adjectives
ego>y adj:sg:gen:m|emu>y adj:sg:dat:m|ym>y adj:sg:inst:m|ej>y adj:sg:gen:f|ą>y adj:sg:acc:f|a>y adj:sg:nom:f
e>y adj:pl:nom:nonm1|ych>y adj:pl:gen|ymi>y adj:pl:inst|iego>i adj:sg:gen:m|iemu>i adj:sg:dat:m
im>i adj:sg:inst:m|iej>i adj:sg:gen:f|ia>i adj:sg:nom:f|ie>i adj:pl:nom:nonm1|ich>i adj:pl:gen|imi>i adj:pl:inst
cy>ki adj:pl:nom:m1|dzy>gi adj:pl:nom:m1|ni>ny adj:pl:nom:m1|ci>ty adj:pl:nom:m1|rzy>ry adj:pl:nom:m1
li>ły adj:pl:nom:m1|wi>wy adj:pl:nom:m1|dzi>dy adj:pl:nom:m1|si>sy adj:pl:nom:m1|iejszy>y adj:sg:nom:m:com
# verbs: past tense
ł>ć verb:praet:sg:m|ła>ć verb:praet:sg:f|ło>ć verb:praet:sg:n|li>ć verb:praet:pl:m1|ły>ć verb:praet:pl
łem>ć verb:praet:sg:m:pri|łam>ć verb:praet:sg:f:pri|łeś>ć verb:praet:sg:m:sec|łaś>ć verb:praet:sg:f:sec
liśmy>ć verb:praet:pl:pri|łyśmy>ć verb:praet:pl:pri|liście>ć verb:praet:pl:sec
iał>ieć verb:praet:sg:m|iała>ieć verb:praet:sg:f|iało>ieć verb:praet:sg:n|ieli>ieć verb:praet:pl:m1
iały>ieć verb:praet:pl|ęła>ąć verb:praet:sg:f|ęło>ąć verb:praet:sg:n|ęli>ąć verb:praet:pl:m1|ęły>ąć verb:praet:pl
# verbs: present / future
a>ać verb:fin:sg:ter|ają>ać verb:fin:pl:ter|am>ać verb:fin:sg:pri|asz>ać verb:fin:sg:sec|amy>ać verb:fin:pl:pri
i>ić verb:fin:sg:ter|ią>ić verb:fin:pl:ter|ię>ić verb:fin:sg:pri|isz>ić verb:fin:sg:sec|imy>ić verb:fin:pl:pri
y>yć verb:fin:sg:ter|ą>yć verb:fin:pl:ter|ę>yć verb:fin:sg:pri|ysz>yć verb:fin:sg:sec|ymy>yć verb:fin:pl:pri
i>ieć verb:fin:sg:ter|ieje>ieć verb:fin:sg:ter|ieją>ieć verb:fin:pl:ter|uje>ować verb:fin:sg:ter
ują>ować verb:fin:pl:ter|uję>ować verb:fin:sg:pri|ujesz>ować verb:fin:sg:sec|ujemy>ować verb:fin:pl:pri
sze>sać verb:fin:sg:ter|szą>sać verb:fin:pl:ter
# participles and gerunds (PoliMorf lemmatises them to the verb)
ający>ać pact|ująca>ować pact|ujący>ować pact|iący>ić pact|ący>ić pact|any>ać ppas|ana>ać ppas
ane>ać ppas|ony>ić ppas|ona>ić ppas|one>ić ppas|anie>ać ger|enie>ić ger|owanie>ować ger
`;

interface Rule {
	form: string;
	lemma: string;
	tag: string;
}

const RULES: Rule[] = RULES_TEXT.split('\n')
	.filter((l) => l.trim() && !l.startsWith('#'))
	.flatMap((l) => l.split('|'))
	.map((r) => {
		const m = /^\s*([^>\s]*)>(\S*)\s+(\S+)\s*$/.exec(r);
		if (!m) throw new Error(`bad fallback rule: ${r}`);
		return { form: m[1], lemma: m[2], tag: m[3] };
	})
	.sort((a, b) => b.form.length - a.form.length);

const MIN_STEM = 2;
// Spellings Polish does not allow (y after i/j/k/g, "jić"); such guesses are dropped.
const IMPOSSIBLE = /(?:[ijkg]y|ji(?:e?ć))$|[ijkg]y[ćc]/;
const MAX_GUESSES = 8;

export interface Guess {
	lemma: string;
	tags: string[];
	/** True when it came from the hand-made lexicon rather than a suffix rule. */
	listed: boolean;
}

/** Lemma guesses for a lowercase form: lexicon hits first, then suffix rules, then the form itself. */
export function guessLemmas(form: string): Guess[] {
	const out = new Map<string, Guess>();
	const push = (lemma: string, tag: string, listed: boolean) => {
		const g = out.get(lemma) ?? { lemma, tags: [], listed };
		if (!g.tags.includes(tag)) g.tags.push(tag);
		g.listed ||= listed;
		out.set(lemma, g);
	};
	for (const e of lexiconLookup(form)) push(e.lemma, e.tag, true);
	if (out.size > 0) return [...out.values()];

	const base = form.startsWith('naj') && form.length > 7 ? form.slice(3) : form;
	for (const r of RULES) {
		if (out.size >= MAX_GUESSES) break;
		if (!base.endsWith(r.form) || base.length - r.form.length < MIN_STEM) continue;
		const lemma = base.slice(0, base.length - r.form.length) + r.lemma;
		if (!IMPOSSIBLE.test(lemma)) push(lemma, r.tag, false);
	}
	if (!out.has(form)) push(form, 'ign', false);
	return [...out.values()];
}
