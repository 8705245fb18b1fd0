import type { ArticleFacts, Fact } from './facts';
import type { Skill } from '../domain/skills';
import type { Evidence, Question } from './types';
import type { Sentence } from './facts-text';
import { countedLike, distractorsFor, seededShuffle } from './distractors';
import type { WhQuestion } from './generate-wh-facts';
import { wordInfo } from './grammar';
import { needsContext } from './reference';
import { comparesWithUnsaid, leansOnContext } from './context-words';

/** "Jak dodała, …", "Tak było…", "Z kolei…", "Silniej powieje…": the sentence opens on something said before. */
function opensOnContext(sentence: string): boolean {
	const opening = sentence
		.split(/[\s,]+/)
		.slice(0, 2)
		.join(' ');
	return /^(tak|to|tam|wtedy)(?!\p{L})/iu.test(sentence) || leansOnContext(opening) || comparesWithUnsaid(sentence);
}

const isVerb = (w: string) => !!wordInfo(w).verb;

/** loose: the prompt leans on a sentence it does not show (a pronoun, no subject); such a draft stays out of the quiz-sized top. */
export type Draft = Omit<Question, 'key' | 'score'> & { fact: Fact; base: number; loose?: boolean };

/** The sentence before a gap sentence, when it says what the gap sentence's pronoun or missing subject stands for. */
function leadIn(a: ArticleFacts, f: Fact, answer: string): string | null {
	const s = a.sentences[f.sentence.index - 1];
	if (!s || s.paragraph !== f.sentence.paragraph || !s.usable || needsContext(s.text, isVerb)) return null;
	if (s.text.toLowerCase().includes(answer.toLowerCase()) || s.text.split(/\s+/).length > 25) return null;
	return s.text;
}

export function skillOf(f: Fact): Skill {
	return (
		{
			time: 'time',
			quantity: 'quantity',
			person: 'person',
			quote: 'person',
			role: 'person',
			place: 'place',
			sentence: 'detail',
			word: 'vocabulary'
		} as const
	)[f.kind];
}

/** Where a question's answer is: the whole sentence and its span in the article text. */
export function sentenceEvidence(s: Sentence): Evidence {
	return { sentence: s.text, start: s.start, end: s.end };
}

function evidence(f: Fact) {
	return sentenceEvidence(f.sentence);
}

/** The part of the fact a gap hides: the year alone in "w 2002 roku", the whole fact otherwise. */
function gapSpan(f: Fact): { start: number; end: number; answer: string } {
	if (f.kind === 'time' && f.time!.kind === 'year' && f.time!.year) {
		const i = f.text.indexOf(String(f.time!.year));
		if (i >= 0) return { start: f.start + i, end: f.start + i + 4, answer: String(f.time!.year) };
	}
	if (f.kind === 'place') {
		const name = f.entity!;
		return { start: name.start, end: name.end, answer: name.text };
	}
	return { start: f.start, end: f.end, answer: f.text };
}

export function gapDraft(a: ArticleFacts, f: Fact, wh: WhQuestion | null): Draft | null {
	const g = gapSpan(f);
	const s = f.sentence;
	let prompt = s.text.slice(0, g.start - s.start) + '____' + s.text.slice(g.end - s.start);
	// "z poparciem 14,8 proc.": the abbreviation's dot was also the sentence's full stop.
	if (g.end === s.end && /\.$/.test(g.answer)) prompt += '.';
	if (prompt.toLowerCase().includes(g.answer.toLowerCase())) return null;
	let loose = needsContext(s.text, isVerb) || opensOnContext(s.text);
	const lead = loose ? leadIn(a, f, g.answer) : null;
	if (lead) {
		prompt = lead + ' ' + prompt;
		loose = false;
	}
	let wrong = distractorsFor(f, a.facts, g.answer).map((d) => (f.kind === 'place' ? d.replace(/^(w|we)\s+/i, '') : d));
	// A bare number before its noun ("____ stopni"): every option must fit the noun's form.
	if (/^\s+\p{L}/u.test(prompt.slice(prompt.indexOf('____') + 4))) wrong = countedLike(g.answer, wrong);
	// A distractor printed in the lead-in is another fact of the story, not a tempting wrong answer.
	if (lead && wrong.filter((d) => !lead.includes(d)).length >= 2) wrong = wrong.filter((d) => !lead.includes(d));
	else if (lead) {
		prompt = prompt.slice(lead.length + 1);
		loose = true;
	}
	if (wrong.length < 2) return null;
	const options = seededShuffle([g.answer, ...wrong], prompt);
	const accept = wh && wh.answer === g.answer ? wh.accept : [];
	return {
		type: 'gap',
		prompt,
		answer: g.answer,
		accept,
		options,
		evidence: evidence(f),
		skill: skillOf(f),
		difficulty: 1,
		fact: f,
		base: 0.55,
		loose
	};
}

export function choiceDraft(a: ArticleFacts, f: Fact, wh: WhQuestion): Draft | null {
	const wrong = distractorsFor(f, a.facts, wh.answer);
	if (wrong.length < 2) return null;
	const options = seededShuffle([wh.answer, ...wrong], wh.prompt);
	return {
		type: 'choice',
		prompt: wh.prompt,
		answer: wh.answer,
		accept: wh.accept,
		options,
		evidence: evidence(f),
		skill: skillOf(f),
		difficulty: 1,
		fact: f,
		base: 0.6,
		loose: quoteLeans(f)
	};
}

export function whDraft(f: Fact, wh: WhQuestion): Draft {
	const difficulty = f.kind === 'quote' || f.kind === 'role' ? 3 : 2;
	return {
		type: 'wh',
		prompt: wh.prompt,
		answer: wh.answer,
		accept: wh.accept,
		options: [],
		evidence: evidence(f),
		skill: skillOf(f),
		difficulty,
		fact: f,
		base: 0.8,
		loose: quoteLeans(f)
	};
}

/** "Kto dodał, że najlepiej podać ją…": the quoted content's pronoun points outside the question. */
function quoteLeans(f: Fact): boolean {
	return f.kind === 'quote' && needsContext(f.quote!.content, isVerb, { quote: true });
}

function timeValue(f: Fact): number | null {
	const t = f.time!;
	if (!t.year) return null;
	return t.year * 10000 + (t.month ?? 0) * 100 + (t.day ?? 0);
}

/**
 * "Kto …?" asked openly, and as a choice among up to three other names of the article (when it has two
 * or more): the quotation and the named-subject questions share this shape.
 */
export function whoDrafts(q: {
	prompt: string;
	answer: string;
	accept: string[];
	fact: Fact;
	others: string[];
	bases: [number, number];
}): Draft[] {
	const { prompt, answer, accept, fact } = q;
	const evidence = sentenceEvidence(fact.sentence);
	const out: Draft[] = [
		{ type: 'wh', prompt, answer, accept, options: [], evidence, skill: 'person', difficulty: 2, fact, base: q.bases[0] }
	];
	if (q.others.length >= 2) {
		const options = seededShuffle([answer, ...q.others.slice(0, 3)], prompt);
		out.push({ type: 'choice', prompt, answer, accept, options, evidence, skill: 'person', difficulty: 1, fact, base: q.bases[1] });
	}
	return out;
}

/** Put dated events in order; each event is described by its own wh-question turned into a statement. */
export function orderDraft(items: { fact: Fact; statement: string }[]): Draft | null {
	const dated = items.filter((i) => timeValue(i.fact) !== null && i.statement.split(' ').length <= 14);
	const seen = new Set<number>();
	const picked = dated
		.filter((i) => {
			const v = timeValue(i.fact)!;
			if (seen.has(v)) return false;
			seen.add(v);
			return true;
		})
		.slice(0, 4);
	if (picked.length < 3) return null;
	const sorted = [...picked].sort((x, y) => timeValue(x.fact)! - timeValue(y.fact)!);
	const labels = sorted.map((i) => i.statement.charAt(0).toUpperCase() + i.statement.slice(1));
	let options = seededShuffle(labels, labels.join('|'));
	if (options.join() === labels.join()) options = [...labels.slice(1), labels[0]];
	const f = sorted[0].fact;
	return {
		type: 'order',
		prompt: 'Ułóż wydarzenia w kolejności, w jakiej nastąpiły (od najwcześniejszego).',
		answer: labels.join('\n'),
		accept: [],
		options,
		evidence: evidence(f),
		skill: 'sequence',
		difficulty: 3,
		fact: f,
		base: 0.5
	};
}
