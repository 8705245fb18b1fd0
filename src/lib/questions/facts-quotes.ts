import type { Entity } from './facts-entities';
import type { Sentence, Token } from './facts-text';
import { isSpeechVerb } from './facts-lexicon';
import { wordInfo } from './grammar';

/** "X powiedział, że …": who said it, with the reported content kept as a "że" clause. */
export interface Quote {
	sentence: number;
	speaker: string;
	speakerStart: number;
	speakerEnd: number;
	/** Other ways to name the speaker: surname, role + name. */
	accept: string[];
	verb: string;
	verbStart: number;
	verbEnd: number;
	/** Words between the verb and the comma ("w Sejmie", "po meczu"). */
	extra: string;
	content: string;
}

const MAX_CONTENT_WORDS = 20;

function contentAfterZe(toks: Token[], ze: number, s: Sentence): string | null {
	const body = toks.slice(ze + 1).filter((t, i, all) => !(i === all.length - 1 && /[.!?]/.test(t.text)));
	if (body.length < 3) return null;
	let cut = body.length;
	const words = body.filter((t) => t.word).length;
	if (words > 14) {
		let count = 0;
		cut = -1;
		for (let i = 0; i < body.length; i++) {
			if (body[i].word) count++;
			if (body[i].text === ',' && count >= 6) {
				cut = i;
				break;
			}
		}
		if (cut < 0 && words > MAX_CONTENT_WORDS) return null;
		if (cut < 0) cut = body.length;
	}
	const kept = body.slice(0, cut);
	if (kept.some((t) => /[„"”“«»:;()]/.test(t.text))) return null;
	return s.text.slice(kept[0].start - s.start, kept[kept.length - 1].end - s.start);
}

function personFor(text: string, people: Entity[]): Entity | undefined {
	return people.find((p) => p.text === text || p.text.endsWith(' ' + text));
}

export function findQuotes(sentences: Sentence[], tokens: Token[][], entities: Entity[]): Quote[] {
	const people = entities.filter((e) => e.kind === 'person' && e.nominative);
	const own = sentences.map((): Entity[] => []);
	for (const e of entities) own[e.sentence]?.push(e);
	const out: Quote[] = [];
	let last: Quote | null = null;
	sentences.forEach((s, si) => {
		if (!s.usable) return;
		const toks = tokens[si];
		const v = toks.findIndex((t) => isSpeechVerb(t.text));
		const comma = toks.findIndex((t, i) => i > v && t.text === ',');
		if (v < 0 || comma < 0 || toks[comma + 1]?.text !== 'że' || comma - v > 9) return;
		const extraToks = toks.slice(v + 1, comma).filter((t) => !/^(też|także|również|jednak|natomiast|zaś|przy|tym)$/i.test(t.text));
		if (extraToks.some((t) => !t.word || wordInfo(t.text).verb)) return;
		const content = contentAfterZe(toks, comma + 1, s);
		if (!content) return;
		const extra =
			extraToks.length && extraToks.length <= 4
				? s.text.slice(extraToks[0].start - s.start, extraToks[extraToks.length - 1].end - s.start)
				: '';
		const verb = toks[v].text;
		const verbStart = toks[v].start;
		const verbEnd = toks[v].end;
		if (v === 0) {
			// Pro-drop "Dodał, że …": the speaker is the one quoted just before.
			if (last && si - last.sentence <= 2) {
				const q: Quote = { ...last, sentence: si, verb, verbStart, verbEnd, extra, content };
				out.push(q);
				last = q;
			}
			return;
		}
		const subj = toks.slice(0, v);
		if (subj.length > 10 || subj.some((t) => !t.word || wordInfo(t.text).verb === 'praet')) return;
		const speakerNp = s.text.slice(subj[0].start - s.start, subj[subj.length - 1].end - s.start);
		const inSubject = own[si].filter((e) => e.start >= subj[0].start && e.end <= subj[subj.length - 1].end);
		const person = inSubject.find((e) => e.kind === 'person') ?? (subj.length === 1 ? personFor(subj[0].text, people) : undefined);
		let q: Quote;
		if (person) {
			const full = personFor(person.text, people) ?? person;
			const surname = full.text.split(' ').pop() ?? full.text;
			const accept = [surname, speakerNp, person.role ? `${person.role.text} ${person.text}` : ''].filter((a) => a && a !== full.text);
			q = {
				sentence: si,
				speaker: full.text,
				speakerStart: subj[0].start,
				speakerEnd: subj[subj.length - 1].end,
				accept,
				verb,
				verbStart,
				verbEnd,
				extra,
				content
			};
		} else if (inSubject.some((e) => e.kind === 'org') && subj.length <= 6) {
			q = {
				sentence: si,
				speaker: speakerNp,
				speakerStart: subj[0].start,
				speakerEnd: subj[subj.length - 1].end,
				accept: [],
				verb,
				verbStart,
				verbEnd,
				extra,
				content
			};
		} else return;
		out.push(q);
		last = q;
	});
	return out;
}
