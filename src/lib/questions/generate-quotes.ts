// News is full of direct speech ("— Jesteśmy gotowi — powiedział Jan Nowak."). Reported as it
// stands, it makes a clean question about who said it: "Kto powiedział: „Jesteśmy gotowi”?".
import { entitiesIn, type ArticleFacts, type Fact } from './facts';
import type { Entity } from './facts-entities';
import { whoDrafts, type Draft } from './generate-forms';
import { toMasculineSg } from './grammar';
import { isSpeechVerb } from './facts-lexicon';
import { withoutFinalStop } from '../polish/final-stop';

/** Present-tense verbs of saying that follow a quote ("— … — mówi trener."). */
const SAYS_NOW = new Set([
	'mówi',
	'dodaje',
	'podkreśla',
	'zaznacza',
	'tłumaczy',
	'wyjaśnia',
	'przekonuje',
	'ocenia',
	'zauważa',
	'stwierdza',
	'twierdzi',
	'przyznaje',
	'zapewnia',
	'informuje',
	'przypomina',
	'apeluje',
	'komentuje',
	'wskazuje'
]);
const SAID =
	/(?:^|\s)(?:tłumaczył|tłumaczyła|przekonywał|przekonywała|komentował|komentowała|wskazał|wskazała|apelował|apelowała|napisał|napisała|mówił|mówiła)$/;

const DASH_QUOTE = /^[-–—]?\s*(?<quote>[^-–—„”"]{10,}?[.,!?…]?)\s+[-–—]\s*(?<verb>\p{Ll}+)\s+(?<rest>.+)\.$/u;
const MARK_QUOTE = /^[„"](?<quote>[^„”"]{10,}?)[”"]\s*[-–—,]?\s*(?<verb>\p{Ll}+)\s+(?<rest>.+)\.$/u;
/** A quote that opens with a link to the sentence before is not understandable alone. */
const LEANING_START = /^(dlatego|no|ale|i|a|więc|bo|zatem|jednak|też|także|to|tam|wtedy)(?!\p{L})/iu;

function isSaying(verb: string): boolean {
	return isSpeechVerb(verb) || SAYS_NOW.has(verb) || SAID.test(' ' + verb);
}

/** Who speaks: a person named after the verb (by full name or surname), or an institution. */
function speakerIn(a: ArticleFacts, sentence: number, restStart: number): Entity | null {
	const after = entitiesIn(a, sentence).filter((e) => e.start >= restStart);
	const people = a.entities.filter((e) => e.kind === 'person' && e.nominative && e.text.includes(' '));
	for (const e of after) {
		const surname = e.text.split(' ').at(-1)!;
		// The full, nominative name as the article gives it ("Łukasz Ronduda", also for "Rondudę" or "Ronduda").
		const full = people.find((p) => p.text.split(' ').at(-1)!.slice(0, -2) === surname.slice(0, -2) && surname.length > 3);
		if (full) return full;
	}
	const first = after[0];
	if (first && first.kind === 'org' && first.start - restStart <= 1) return first;
	return null;
}

export function directQuoteDrafts(a: ArticleFacts): Draft[] {
	const out: Draft[] = [];
	const speakers = [...new Set(a.entities.filter((e) => e.kind === 'person' && e.nominative && e.text.includes(' ')).map((e) => e.text))];
	for (const s of a.sentences) {
		const m = DASH_QUOTE.exec(s.text) ?? MARK_QUOTE.exec(s.text);
		if (!m?.groups || !isSaying(m.groups.verb)) continue;
		const quote = withoutFinalStop(m.groups.quote.trim().replace(/,$/, ''));
		if (LEANING_START.test(quote) || /[„”"]/.test(quote)) continue;
		const n = quote.split(/\s+/).length;
		if (n < 4 || n > 25) continue;
		const restStart = s.start + s.text.lastIndexOf(m.groups.rest);
		const speaker = speakerIn(a, s.index, restStart);
		if (!speaker || quote.includes(speaker.text.split(' ').at(-1)!)) continue;
		// "Kto" takes a masculine past tense ("Kto powiedział"); a present tense ("Kto mówi") stays as it is.
		const verb = isSpeechVerb(m.groups.verb) || SAID.test(' ' + m.groups.verb) ? toMasculineSg(m.groups.verb) : m.groups.verb;
		const prompt = `Kto ${verb}: „${quote}”?`;
		const fact: Fact = { kind: 'quote', text: m.groups.verb, start: s.start, end: s.end, sentence: s };
		const others = speakers.filter((p) => p.split(' ').at(-1) !== speaker.text.split(' ').at(-1));
		out.push(...whoDrafts({ prompt, answer: speaker.text, accept: [speaker.text.split(' ').at(-1)!], fact, others, bases: [0.7, 0.62] }));
	}
	return out;
}
