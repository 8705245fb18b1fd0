// A surface check over finished questions: the failure kinds a teacher spots at a glance on real
// articles. The generator drops what fails (see generate.ts); the evaluation scripts count it, and
// the corpus test asserts it never fires on our own texts.
import type { Question } from './types';
import { analyze } from '../polish/morphology';
import { looksLikeTypo } from '../polish/typos';
import { sourceFlaw } from '../polish/flaws';
import { QUIZ_SIZE } from './rank';
import { sameStem } from './reference';
import { withFastLetters } from '../polish/fast-letters';

export type LintKind =
	'fragment-start' | 'dangling-end' | 'inner-capital' | 'lost-unit' | 'bare-abbreviation' | 'typo' | 'source-slip' | 'repeat' | 'clutter';

/** Words a question or statement may not end on: the phrase they open was cut off. */
const DANGLING = new Set(
	(
		'w we z ze na do od o po przy za przed nad pod między przez dla u bez wobec około podczas według i oraz a ale lub albo czy że ' +
		'aby żeby bo który która które których którym st ul al pl godz nr ok tzw ws im pkt art ust prof dr gen płk ks woj pow gm'
	).split(' ')
);
/** Words a question or statement may not open with: it is a piece of a longer sentence. */
const FRAGMENT_HEAD = new Set('a i oraz ale lecz że bo który która które których którym którzy aby żeby czyli zaś natomiast'.split(' '));

/** Page clutter markers: captions, credits, bylines, teasers, share and subscription prompts. */
const CLUTTER_MARKERS: [RegExp, string][] = [
	[/(?<!\p{L})(?:fot|foto|fotografia|zdj|zdjęcie|ilustracja)\s*[.:]/iu, 'Fot. Jan Nowak'],
	[/(?:^|\s)(?:źródło|autor|autorka|autorka\/autor|opracowanie|oprac)\s*:/iu, 'Źródło: PAP'],
	[/(?<!\p{L})(?:czytaj|przeczytaj|zobacz)\s+(?:też|także|również|więcej)(?!\p{L})/iu, 'Czytaj też: …'],
	[
		/(?<!\p{L})(?:reklama|drukuj|udostępnij|skomentuj|newsletter\p{L}*|subskrybuj|zaloguj się|plik\p{L}* cookies?|data publikacji|aktualizacja:)(?!\p{L})/iu,
		'Drukuj'
	],
	[/(?:https?:\/\/|www\.)\S+/iu, 'www.example.pl'],
	[/©|(?<!\p{L})(?:shutterstock|getty images|wikimedia commons|cc[ -]by)(?!\p{L})/iu, '© Shutterstock']
];

/** An abbreviation that lost its dot when a question was rebuilt from its clause ("woj łódzkie", "ok 631 mln"). */
export const BARE_ABBREVIATION =
	/(?<!\p{L})(woj|ok|br|ub|ul|pow|gm|tys|proc|np|tj|tzw|godz|dyr|prof|nadkom|podinsp|asp|mł|kpt|płk|ppłk|mjr|por|gen|ks|inż|mgr|hab|św|pkt|nr|art|ust)(?=[\s?])/u;

/** A question as drafted: what the checks read does not include its key or score. */
type Lintable = Omit<Question, 'key' | 'score'>;

// The patterns run over every question: letters spelled out (fast-letters.ts), not \p{L}.
const WORD = withFastLetters(/[\p{L}\d]+/gu);
const words = (s: string) => s.match(WORD) ?? [];

/** A prompt or statement without its gap marker and final punctuation, as a list of words. */
function sentenceWords(q: Lintable): string[] {
	const text = q.type === 'gap' || q.type === 'form' ? q.prompt.replace(/_{3,}/g, ' X ') : q.prompt;
	return words(text.replace(/\([^)]*\)\s*$/, ''));
}

const NAME_MID_SENTENCE = withFastLetters(/[^.!?\n„"(]\s+(\p{Lu}[\p{L}\d-]*)/gu);

/** A capitalised word in the middle is a name when the article writes it so mid-sentence too. */
export function namesOf(article: string): Set<string> {
	const out = new Set<string>();
	for (const m of article.matchAll(NAME_MID_SENTENCE)) out.add(m[1]);
	return out;
}

function isName(w: string, names: Set<string>): boolean {
	if (names.has(w)) return true;
	for (const n of names) if (sameStem(w, n)) return true;
	// PoliMorf spells proper-noun lemmas with a capital ("Warszawa").
	const found = analyze(w);
	return found.length > 0 && found.every((a) => /^\p{Lu}/u.test(a.lemma));
}

function capitalProblem(q: Lintable, names: Set<string>): boolean {
	if (q.type !== 'wh' && q.type !== 'choice') return false;
	// Inside a quotation the capitals are the speaker's own.
	const ws = words(q.prompt.replace(/„[^”]*”/g, ''));
	const cap = (w?: string) => !!w && /^\p{Lu}/u.test(w);
	// Inside a run of capitalised words ("Centralna Komisja Egzaminacyjna") every word belongs to the name.
	return ws.some((w, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !(i > 1 && cap(ws[i - 1])) && !cap(ws[i + 1]) && !isName(w, names));
}

/** A number in the prompt lost the unit the source gives it ("do 30 st. C" → "do 30 st?"). */
function lostUnit(q: Lintable): boolean {
	if (q.type === 'order') return false;
	for (const m of q.prompt.matchAll(/(\d+(?:[.,]\d+)?)\s*([\p{L}%°]+\.?)?\s*([?]|$)/gu)) {
		const src = q.evidence.sentence;
		const at = src.indexOf(m[1]);
		if (at < 0) continue;
		const after = src.slice(at + m[1].length).match(/^\s*([\p{L}%°]+\.?)?\s*([\p{L}%°]+)?/u);
		if (
			m[2] &&
			after?.[1]?.replace('.', '') === m[2].replace('.', '') &&
			after[2] &&
			/^(C|F|m|km|zł|proc|r)$/.test(after[2]) &&
			m[3] === '?'
		)
			return true;
	}
	return false;
}

function fragment(q: Lintable): boolean {
	const text = q.type === 'order' ? '' : q.prompt.trim();
	if (!text) return false;
	// "C, a burzom…": the rest of an abbreviation split off the sentence before.
	if (/^[\p{Ll}]/u.test(text) || /^[,;:.)\]]/.test(text) || /^\p{L}[,.]/u.test(text)) return true;
	return FRAGMENT_HEAD.has((words(text)[0] ?? '').toLowerCase());
}

function dangling(q: Lintable): boolean {
	if (q.type === 'order') return q.options.some((o) => DANGLING.has((words(o).at(-1) ?? '').toLowerCase()));
	const ws = sentenceWords(q);
	if (q.type === 'gap' || q.type === 'form') return false;
	// "…odejdzie ze stanowiska z dniem?": a noun that only introduced the removed date.
	if (
		/(?:z dniem|od dnia|do dnia|w dniu|na dzień|w okresie|w terminie|do końca|od początku|z początkiem|na początku|pod koniec)\?$/iu.test(
			q.prompt
		)
	)
		return true;
	return DANGLING.has((ws.at(-1) ?? '').toLowerCase());
}

const LOWER_WORD = withFastLetters(/(?<![\p{L}-])\p{Ll}{3,}(?![\p{L}-])/gu);

function typoIn(text: string): boolean {
	return (text.match(LOWER_WORD) ?? []).some(looksLikeTypo);
}

/** The text a question shows the learner as the article wrote it: a gap filled with its answer, an order's statements. */
type Shown = Pick<Question, 'type' | 'prompt' | 'answer' | 'options' | 'skill' | 'evidence'>;

/** The text a question shows the learner as the article wrote it: a gap filled with its answer, an order's statements, a quoted sentence. */
function shownText(q: Shown): string[] {
	if (q.type === 'order') return q.options;
	if (q.type === 'gap' || q.type === 'form') return [q.prompt.replace(/_{3,}(?: \([^)]*\))?/, q.answer)];
	// A vocabulary item quotes its sentence inside a fixed question: the sentence is what it copies.
	return [q.type === 'choice' && q.skill === 'vocabulary' ? q.evidence.sentence : q.prompt];
}

const slips = new Map<string, 'typo' | 'source-slip' | null>();

/** A typo or slip of the page that the question would copy ('typo' / 'source-slip'), or null. */
export function copiedSlip(q: Shown): 'typo' | 'source-slip' | null {
	return shownText(q).reduce<'typo' | 'source-slip' | null>((found, text) => found ?? slipIn(text), null);
}

/** Every draft of a sentence asks about the same text: each is judged once. */
function slipIn(text: string): 'typo' | 'source-slip' | null {
	let found = slips.get(text);
	if (found === undefined) {
		// A word the dictionary does not know is most often the page's own typo, which a question must not copy.
		found = typoIn(text) ? 'typo' : sourceFlaw(text) ? 'source-slip' : null;
		if (slips.size > 5000) slips.clear();
		slips.set(text, found);
	}
	return found;
}

const ANY_CLUTTER = withFastLetters(new RegExp(CLUTTER_MARKERS.map(([re]) => `(?:${re.source})`).join('|'), 'iu'));

const cluttered = new Map<string, boolean>();

/** Whether a text carries page clutter; remembered, as each sentence is asked about by several question forms. */
export function clutterIn(text: string): boolean {
	let hit = cluttered.get(text);
	if (hit === undefined) {
		hit = ANY_CLUTTER.test(text);
		if (cluttered.size > 5000) cluttered.clear();
		cluttered.set(text, hit);
	}
	return hit;
}

/** Problems of one question on its own; `names` from namesOf(article). */
export function lintQuestion(q: Lintable, names: Set<string>): LintKind[] {
	const out: LintKind[] = [];
	if (fragment(q)) out.push('fragment-start');
	if (dangling(q)) out.push('dangling-end');
	if (capitalProblem(q, names)) out.push('inner-capital');
	if (lostUnit(q)) out.push('lost-unit');
	// A rebuilt question that dropped an abbreviation's dot ("ok 631 mln", "woj łódzkie").
	if ((q.type === 'wh' || q.type === 'choice') && BARE_ABBREVIATION.test(q.prompt.replace(/„[^”]*”/g, ''))) out.push('bare-abbreviation');
	const copied = copiedSlip(q);
	if (copied) out.push(copied);
	if (clutterIn(q.evidence.sentence) || (q.type === 'order' && q.options.some(clutterIn))) out.push('clutter');
	return out;
}

const factKey = (q: Question) => `${q.evidence.start}|${q.answer.toLowerCase()}`;

/** Problems of a whole question set: each question's own, and a fact asked twice. */
export function lintQuestions(questions: Question[], article: string): { question: Question; kinds: LintKind[] }[] {
	const names = namesOf(article);
	const seen = new Set<string>();
	return questions.map((q, i) => {
		const kinds = lintQuestion(q, names);
		const key = factKey(q);
		// Past a quiz's length the list is a pool for the teacher, where a fact may come back in another form.
		if (i < QUIZ_SIZE && q.type !== 'truefalse' && q.type !== 'order' && q.type !== 'form') {
			if (seen.has(key)) kinds.push('repeat');
			seen.add(key);
		}
		return { question: q, kinds };
	});
}
