// Vocabulary in context: "Co po angielsku znaczy słowo „kradzież” w zdaniu: „…”?" with the English
// meaning and three meanings of other words of the same part of speech from the article. Only words
// the dictionary gives a single sense, so the meaning cannot depend on the sentence.
import { analyze } from '../polish/morphology';
import type { ArticleFacts, Fact } from './facts';
import { sentenceEvidence, type Draft } from './generate-forms';
import { seededShuffle } from './distractors';
import { clutterIn } from './lint';

/** English senses of a base form (FreeDict, given by the caller: lib/questions does no I/O). */
export type MeaningLookup = (lemma: string) => string[];

type Pos = 'noun' | 'verb' | 'adj';
const FUNCTION_LEMMAS = new Set([
	'wszystek',
	'każdy',
	'inny',
	'taki',
	'który',
	'sam',
	'cały',
	'swój',
	'nasz',
	'wasz',
	'mój',
	'twój',
	'jaki',
	'żaden',
	'niektóry',
	'pewien',
	'ten',
	'tamten',
	'być',
	'mieć',
	'zostać',
	'móc',
	'musieć',
	'chcieć'
]);
const MAX_WORDS_SHOWN = 24;

/** PoliMorf tags: "subst:…", "adj:…", "verb:fin:…" (the verb's form comes second). */
function posOf(tags: string[]): Pos | null {
	const kinds = new Set(
		tags.map((t) => t.split(':')[0]).map((k) => (k === 'subst' ? 'noun' : k === 'verb' ? 'verb' : k === 'adj' ? 'adj' : 'other'))
	);
	return kinds.size === 1 && !kinds.has('other') ? ([...kinds][0] as Pos) : null;
}

/** "focus 2." → "focus"; two comma-separated meanings at most. */
export function cleanGloss(gloss: string): string {
	return gloss
		.replace(/\s*\d+\.\s*$/, '')
		.replace(/[<>{}[\]]/g, '')
		.split(/,\s*/)
		.slice(0, 2)
		.join(', ')
		.trim();
}

/** "utylizacja" / "utilisation", "komunikacja" / "communication": a look-alike is too easy, and often a false friend. */
function cognate(lemma: string, gloss: string): boolean {
	const shape = (w: string) =>
		w
			.toLowerCase()
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/y/g, 'i')
			.replace(/k/g, 'c')
			.replace(/w/g, 'v')
			.replace(/j/g, 'i')
			.slice(0, 3);
	return gloss.split(/,\s*/).some((g) => shape(g) === shape(lemma));
}

interface Word {
	form: string;
	lemma: string;
	pos: Pos;
	gloss: string;
	sentence: number;
	start: number;
	end: number;
}

function candidates(a: ArticleFacts, meaning: MeaningLookup): Word[] {
	const out: Word[] = [];
	const seen = new Set<string>();
	for (const s of a.sentences) {
		if (!s.usable || clutterIn(s.text)) continue;
		for (const t of a.tokens[s.index]) {
			if (!t.word || !/^\p{Ll}{5,}$/u.test(t.text)) continue;
			const found = analyze(t.text);
			const lemmas = new Set(found.map((x) => x.lemma));
			if (lemmas.size !== 1) continue;
			const lemma = found[0].lemma;
			const pos = posOf(found.flatMap((x) => x.tags));
			if (!pos || seen.has(lemma) || lemma !== lemma.toLowerCase()) continue;
			const senses = meaning(lemma);
			if (senses.length !== 1) continue;
			const gloss = cleanGloss(senses[0]);
			// Proper adjectives ("Pomeranian") and function words ("all") make poor meanings to choose from.
			if (!gloss || gloss.length < 4 || gloss.length > 40 || /[^\p{L}\s,'-]|\p{Lu}/u.test(gloss) || FUNCTION_LEMMAS.has(lemma)) continue;
			if (cognate(lemma, gloss)) continue;
			seen.add(lemma);
			out.push({ form: t.text, lemma, pos, gloss, sentence: s.index, start: t.start, end: t.end });
		}
	}
	return out;
}

export function vocabularyDrafts(a: ArticleFacts, meaning?: MeaningLookup): Draft[] {
	if (!meaning) return [];
	const words = candidates(a, meaning);
	const out: Draft[] = [];
	// Longer words are, on the whole, the rarer ones worth asking about.
	for (const w of [...words].sort((x, y) => y.lemma.length - x.lemma.length || x.start - y.start)) {
		const s = a.sentences[w.sentence];
		if (s.text.split(/\s+/).length > MAX_WORDS_SHOWN || (s.text.match(/[„”"]/g) ?? []).length % 2 || /^[-–—]/.test(s.text)) continue;
		const others = words.filter((o) => o.pos === w.pos && o.lemma !== w.lemma && o.gloss !== w.gloss).map((o) => o.gloss);
		const wrong = [...new Set(others)].slice(0, 3);
		if (wrong.length < 3) continue;
		const prompt = `Co po angielsku znaczy słowo „${w.form}” w zdaniu: „${s.text.replace(/\.$/, '')}”?`;
		const fact: Fact = { kind: 'word', text: w.form, start: w.start, end: w.end, sentence: s };
		out.push({
			type: 'choice',
			prompt,
			answer: w.gloss,
			accept: [],
			options: seededShuffle([w.gloss, ...wrong], prompt),
			evidence: sentenceEvidence(s),
			skill: 'vocabulary',
			difficulty: 1,
			fact,
			base: 0.32
		});
		if (out.length >= 2) break;
	}
	return out;
}
