// Word-form gaps, the exercise Polish learners need most: the base form is given, the learner writes
// the form the sentence needs ("w pobliżu ukraińskiej ____ (granica)" → "granicy"). Only a noun that
// an adjective in front of it pins to one case and number, so the sentence allows one answer.
import { analyze } from '../polish/morphology';
import type { ArticleFacts, Fact } from './facts';
import type { Sentence } from './facts-text';
import { sentenceEvidence, type Draft } from './generate-forms';
import { clutterIn } from './lint';
import { wordInfo } from './grammar';

interface Reading {
	lemma: string;
	num: string;
	cas: string;
	gender: string;
}

function readings(word: string, pos: RegExp): Reading[] {
	const out: Reading[] = [];
	for (const a of analyze(word)) {
		for (const tag of a.tags) {
			const parts = tag.split(':');
			if (!pos.test(parts[0])) continue;
			const nums = parts[1]?.split('.') ?? [];
			const cases = parts[2]?.split('.') ?? [];
			const genders = parts[3]?.split('.') ?? [];
			for (const num of nums) for (const cas of cases) for (const g of genders) out.push({ lemma: a.lemma, num, cas, gender: g });
		}
	}
	return out;
}

/** The noun's base form when the adjective pins it to one number and a case other than nominative; null when ambiguous. */
function agreement(adj: string, noun: string): string | null {
	const nr = readings(noun, /^subst$/);
	const ar = readings(adj, /^adj$/);
	if (!nr.length || !ar.length) return null;
	const lemmas = new Set(nr.map((r) => r.lemma));
	if (lemmas.size !== 1) return null;
	const lemma = [...lemmas][0];
	if (lemma !== lemma.toLowerCase() || lemma === noun.toLowerCase() || lemma.length < 4) return null;
	const shared = nr.filter((n) => ar.some((x) => x.num === n.num && x.cas === n.cas && x.gender === n.gender));
	const nums = new Set(shared.map((n) => n.num));
	const cases = new Set(shared.map((n) => n.cas));
	if (nums.size !== 1 || cases.has('nom') || cases.has('voc')) return null;
	// The same written form in another number would also fit: the learner could not know which.
	if (nr.some((n) => !nums.has(n.num))) return null;
	return lemma;
}

/** Word-form gaps for the article, at most one per sentence. */
export function wordFormDrafts(a: ArticleFacts): Draft[] {
	return a.sentences.map((s) => wordFormDraft(a, s)).filter((d) => d !== null);
}

/** The first word-form gap a sentence allows, if any. */
export function wordFormDraft(a: ArticleFacts, s: Sentence): Draft | null {
	if (!s.usable || clutterIn(s.text)) return null;
	const toks = a.tokens[s.index];
	const words = toks.filter((t) => t.word).length;
	if (words < 6 || words > 30) return null;
	for (let i = 1; i < toks.length; i++) {
		const noun = toks[i];
		const adj = toks[i - 1];
		if (!noun.word || !adj.word || !/^\p{Ll}+$/u.test(noun.text) || !/^\p{Ll}+$/u.test(adj.text) || noun.text.length < 4) continue;
		// The cached word facts rule out most pairs before the full readings are compared.
		if (!wordInfo(adj.text).adj || !wordInfo(noun.text).noun) continue;
		const lemma = agreement(adj.text, noun.text);
		if (!lemma) continue;
		// "(dawnych ____ (pszczelarz))": the base form in brackets inside brackets would confuse.
		const before = s.text.slice(0, noun.start - s.start);
		if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
		const prompt = `${s.text.slice(0, noun.start - s.start)}____ (${lemma})${s.text.slice(noun.end - s.start)}`;
		const fact: Fact = { kind: 'word', text: noun.text, start: noun.start, end: noun.end, sentence: s };
		return {
			type: 'form',
			prompt,
			answer: noun.text,
			accept: [],
			options: [],
			evidence: sentenceEvidence(s),
			skill: 'vocabulary',
			difficulty: 2,
			fact,
			base: 0.3
		};
	}
	return null;
}
