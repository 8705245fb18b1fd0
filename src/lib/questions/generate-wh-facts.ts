import { entitiesIn, type ArticleFacts, type Fact } from './facts';
import type { Token } from './facts-text';
import { clauseAround, isVerbToken } from './clause';
import { buildWh } from './generate-wh';
import { isPersonalNoun, toMasculineSg, toThirdSg, wordInfo } from './grammar';
import { resolveShortName } from './reference';
import { detach } from './context-words';
import { droppedSubject } from './dropped-subject';
import { formatPolishNumber } from '../polish/numbers';
import { analyze } from '../polish/morphology';

export interface WhQuestion {
	prompt: string;
	answer: string;
	accept: string[];
	/** The prompt without its question phrase, usable as an event description. */
	statement?: string;
}

const UNIT_GEN: Record<string, string> = {
	km: 'kilometrów',
	m: 'metrów',
	ha: 'hektarów',
	kg: 'kilogramów',
	t: 'ton',
	l: 'litrów',
	MW: 'megawatów'
};
const DIMENSIONS = /^(długości|szerokości|wysokości|głębokości|średnicy|grubości)$/;
const MEASURE_VERBS = new Set(['wynieść', 'wynosić', 'kosztować', 'ważyć', 'zarabiać', 'spaść', 'wzrosnąć', 'trwać', 'potrwać']);

function ctxFor(a: ArticleFacts, f: Fact) {
	const toks = a.tokens[f.sentence.index];
	const own = entitiesIn(a, f.sentence.index);
	const names = own.filter((e) => e.text.includes(' ')).map((e) => ({ start: e.start, end: e.end }));
	const inName = (t: Token) => own.some((e) => e.start <= t.start && t.end <= e.end && e.from !== e.to);
	const i = f.sentence.index;
	const before = [i - 3, i - 2, i - 1].flatMap((k) => (k >= 0 ? entitiesIn(a, k) : []));
	const resolve = (t: Token) => (inName(t) ? null : resolveShortName(t, i, before, (k) => a.sentences[k].paragraph));
	const dropped = (clause: Token[]) => {
		const who = droppedSubject(a, f.sentence, clause);
		return who ? (who.common ? who.name.toLocaleLowerCase('pl') : who.name) : null;
	};
	return { toks, names, resolve, dropped, capitals: a.capitals };
}

/** ", że …" right after the clause: it tells what happened, so it stays in the question. */
function zeTail(a: ArticleFacts, toks: Token[], clause: Token[]): string {
	const last = clause[clause.length - 1];
	const i = toks.indexOf(last);
	if (toks[i + 1]?.text !== ',' || toks[i + 2]?.text !== 'że') return '';
	const rest = toks.slice(i + 2).filter((t) => !/[.!?]/.test(t.text));
	if (rest.length > 16 || rest.some((t) => !t.word && t.text !== ',')) return '';
	return ', ' + a.text.slice(rest[0].start, rest[rest.length - 1].end);
}

function withTail(prompt: string | null, tail: string): string | null {
	return prompt && tail ? prompt.slice(0, -1) + tail + '?' : prompt;
}

export function timeWh(a: ArticleFacts, f: Fact): WhQuestion | null {
	const t = f.time!;
	const prep = t.prep ?? '';
	if (prep && !['w', 'we', 'od', 'do'].includes(prep)) return null;
	const { toks, names, resolve, dropped, capitals } = ctxFor(a, f);
	const prev = toks.findLast((x) => x.end <= f.start);
	// "do końca 2025 roku": a date hanging on a genitive noun is not when the clause happened.
	const genitiveHead = (w: string) => {
		const r = analyze(w).flatMap((x) => x.tags);
		return r.length > 0 && r.every((g) => g.includes(':gen'));
	};
	const modifier = (w: string) => analyze(w).some((x) => x.tags.some((g) => /^(adj|ppas|pact)/.test(g)));
	if (!prep && prev && prev.word && (wordInfo(prev.text).prep || genitiveHead(prev.text) || modifier(prev.text)) && prev.text !== 'że')
		return null;
	// "dzięki utworzeniu w roku 2016": a date hanging on a verbal noun dates that noun, not the clause.
	const before = prep ? toks.findLast((x) => x.end <= f.start && x.word && x.text.toLowerCase() !== prep) : prev;
	if (before && analyze(before.text).some((x) => x.tags.some((g) => g.startsWith('ger')))) return null;
	// "Poniedziałek będzie pochmurny": the day is the subject, not when something happens.
	if (t.kind === 'weekday' && !prep) return null;
	// A date inside a quotation ("Określenie „rok 2026”…") belongs to the quoted words.
	if ((f.sentence.text.slice(0, f.start - f.sentence.start).match(/[„“”"]/g) ?? []).length % 2 === 1) return null;
	let wh: string;
	const core = prep ? f.text.slice(prep.length).trim() : f.text;
	let answer = core;
	const accept = [f.text, core];
	if (t.kind === 'year' && t.year) {
		wh = prep === 'od' ? 'Od którego roku' : prep === 'do' ? 'Do którego roku' : 'Kiedy';
		answer = String(t.year);
		accept.push(`w ${t.year} roku`, `${t.year} r.`, `${t.year} roku`, `w ${t.year} r.`);
	} else if (t.kind === 'range' && t.year && t.endYear && /^w latach/i.test(f.text)) {
		wh = 'W jakich latach';
		answer = core.replace(/^latach\s+/i, '');
		accept.push(`${t.year}-${t.endYear}`, `${t.year}–${t.endYear}`, `od ${t.year} do ${t.endYear}`, `od ${t.year} do ${t.endYear} roku`);
	} else if (t.kind === 'century') {
		wh = 'W którym wieku';
	} else if (t.kind === 'range') {
		return null;
	} else {
		wh = prep === 'od' ? 'Od kiedy' : prep === 'do' ? 'Do kiedy' : 'Kiedy';
		if (prep === 'w' || prep === 'we' || (t.kind !== 'date' && prep)) answer = f.text;
	}
	const clause = clauseAround(toks, f.start, f.end);
	if (!clause) return null;
	const prompt = buildWh({ text: a.text, clause, removeStart: f.start, removeEnd: f.end, wh, names, capitals, resolve, dropped });
	const full = withTail(prompt, zeTail(a, toks, clause));
	if (!full) return null;
	answer = answer.charAt(0).toLowerCase() + answer.slice(1);
	return { prompt: full, answer, accept: [...new Set(accept)].filter((x) => x !== answer), statement: full.slice(wh.length + 1, -1) };
}

function quantityAccept(f: Fact): string[] {
	const q = f.quantity!;
	const core = q.modifier ? f.text.slice(q.modifier.length).trim() : f.text;
	const n = formatPolishNumber(q.value);
	const unit = q.unit === '%' ? ['%', ' proc.', ' procent'] : q.unit ? [' ' + q.unit] : [''];
	const out = [core, n, n.replace(/ /g, ''), ...unit.map((u) => n + u)];
	if (q.noun) out.push(`${f.text} ${q.noun.split(' ')[0]}`);
	return [...new Set(out)].filter((x) => x && x !== f.text);
}

export function quantityWh(a: ArticleFacts, f: Fact): WhQuestion | null {
	const q = f.quantity!;
	if (q.prep && q.prep !== 'o') return null;
	const { toks, names, resolve, dropped, capitals } = ctxFor(a, f);
	// "o 8 proc." at the end of the sentence: the full stop is also the sentence's, outside the clause.
	let removeEnd = q.nounEnd ?? (a.text[f.end - 1] === '.' && toks[toks.length - 1].end === f.end ? f.end - 1 : f.end);
	// "Most ma 320 metrów długości": the dimension joins the question phrase ("Ile metrów długości ma most?").
	const dimension = !q.noun && q.unit && UNIT_GEN[q.unit] ? toks.find((t) => t.start >= removeEnd) : undefined;
	const dim = dimension && DIMENSIONS.test(dimension.text) ? dimension : undefined;
	if (dim) removeEnd = dim.end;
	let clause = clauseAround(toks, f.start, removeEnd);
	if (!clause) return null;
	if (dim) {
		if (!clause.some((t) => t.end <= f.start && analyze(t.text).some((x) => x.lemma === 'mieć'))) return null;
		// "… i 24 metry szerokości" is a second measurement: the question leaves it out.
		const k = clause.findIndex((t) => t.start >= removeEnd);
		if (k >= 0 && /^(i|oraz|a)$/.test(clause[k].text) && /^\d/.test(clause[k + 1]?.text ?? '')) clause = clause.slice(0, k);
	}
	const removeStart = q.prep ? toks.findLast((t) => t.end <= f.start)!.start : f.start;
	// "w odległości 200 km": a quantity hanging on a noun is not what the clause is about.
	const before = toks.findLast((t) => t.end <= removeStart);
	// An adverb ("zatrudnia obecnie 300 pracowników") or a time phrase ("zatrzymała w sobotę 12 osób")
	// in between still leaves a counted noun as the verb's own subject or object.
	const adverbial = (t: Token) =>
		(!!q.noun || q.prep === 'o') &&
		(analyze(t.text).some((x) => x.tags.some((g) => g.startsWith('adv'))) || a.facts.some((g) => g.kind === 'time' && g.end === t.end));
	if (
		before &&
		before.word &&
		!isVerbToken(before) &&
		before.text !== 'że' &&
		!adverbial(before) &&
		!analyze(before.text).some((x) => x.tags.some((g) => g.includes('inf')))
	)
		return null;
	const verbs = clause.filter((t) => isVerbToken(t) || analyze(t.text).some((x) => x.tags.some((g) => g.includes('inf'))));
	const measure = verbs.some(
		(t) => MEASURE_VERBS.has(wordInfo(t.text).verbLemma ?? '') || analyze(t.text).some((x) => MEASURE_VERBS.has(x.lemma))
	);
	let phrase: string;
	if (dim) phrase = `Ile ${UNIT_GEN[q.unit!]} ${dim.text.toLowerCase()}`;
	else if (q.noun) phrase = `${isPersonalNoun(q.noun.split(' ')[0]) ? 'Ilu' : 'Ile'} ${q.noun}`;
	else if (q.unit && UNIT_GEN[q.unit] && !measure) phrase = `Ile ${UNIT_GEN[q.unit]}`;
	else if (q.unit === 'zł' && !measure) phrase = 'Ile złotych';
	else if (q.unit && measure) phrase = 'Ile';
	else return null;
	if (q.prep === 'o') {
		if (q.noun) return null;
		phrase = 'O ile';
	}
	const next = toks.find((t) => t.start >= removeEnd);
	if (!q.noun && !dim && next?.word && wordInfo(next.text).noun && !wordInfo(next.text).prep && !isVerbToken(next)) return null;
	const v = clause.findIndex(isVerbToken);
	const first = clause.findIndex((t) => t.start >= removeStart);
	const firstPrep = clause.findIndex((t) => wordInfo(t.text).prep);
	const preObjects = (i: number) => firstPrep >= 0 && i > firstPrep;
	const preSubject = clause.slice(0, v).some((t, i) => t.word && wordInfo(t.text).nom && !wordInfo(t.text).prep && !preObjects(i));
	const verb = clause[v];
	const subjectBefore =
		first < v && clause.slice(0, first).every((t) => wordInfo(t.text).prep || !t.word || CONNECT.test(t.text)) && first === 0;
	const subjectAfter =
		first > v &&
		q.noun &&
		((wordInfo(verb.text).verb === 'praet' && /ło$/.test(verb.text)) ||
			(wordInfo(verb.text).verb === 'fin' && !wordInfo(verb.text).plural)) &&
		!preSubject &&
		!clause.slice(0, v).some((t) => wordInfo(t.text).adjGenPl && !wordInfo(t.text).noun);
	const isSubject = !!q.noun && (subjectBefore || !!subjectAfter);
	if (!isSubject && first === 0) return null;
	if (!isSubject && v > 0 && clause.slice(0, v).every((t) => t.start >= removeStart && t.end <= removeEnd)) return null;
	const verbForm = isSubject ? (w: string) => (wordInfo(w).plural ? toThirdSg(w) : w) : undefined;
	const prompt = buildWh({
		text: a.text,
		clause,
		removeStart,
		removeEnd,
		wh: phrase,
		names,
		capitals,
		resolve,
		dropped,
		factIsSubject: isSubject,
		verbForm
	});
	if (!prompt) return null;
	return { prompt, answer: f.text, accept: quantityAccept(f) };
}
const CONNECT = /^(że)$/;

export function quoteWh(_a: ArticleFacts, f: Fact): WhQuestion | null {
	const q = f.quote!;
	const verb = toMasculineSg(q.verb.toLowerCase());
	const extra = q.extra ? ' ' + q.extra : '';
	const prompt = `Kto ${verb}${extra}, że ${detach(q.content)}?`;
	return { prompt, answer: q.speaker, accept: q.accept };
}

const FORMER =
	/(?<!\p{L})(był\p{L}*|dotychczasow\p{L}*|wieloletni\p{L}*|ówczesn\p{L}*|zmarł\p{L}*|odwołan\p{L}*|stracił\p{L}*|rezygnacj\p{L}*|dymisj\p{L}*)(?!\p{L})/iu;

export function roleWh(_a: ArticleFacts, f: Fact): WhQuestion | null {
	const e = f.entity!;
	const role = /^\p{Lu}{2}/u.test(f.text) ? f.text : f.text.charAt(0).toLowerCase() + f.text.slice(1);
	// A bare profession ("reżyserka") is not a function; "prezydent Opola" is; "kanclerz nazywał się" is no function at all.
	if (role.split(' ').length > 8 || role.split(' ').length < 2) return null;
	if (role.split(' ').some((w) => wordInfo(w).verb === 'praet' || wordInfo(w).verb === 'fin')) return null;
	// "pełni" is the present: a former office, or one being left, is not what the person does now.
	if (FORMER.test(f.sentence.text)) return null;
	// The name must be in the nominative ("Jaką funkcję pełni Stefan Krajewski?", never "…Stefana Krajewskiego?").
	const first = analyze(e.text.split(' ')[0]).flatMap((x) => x.tags);
	if (first.length && !first.some((g) => /^subst:sg:[a-z.]*nom/.test(g))) return null;
	return { prompt: `Jaką funkcję pełni ${e.text}?`, answer: role, accept: [f.text] };
}

export function placeWh(a: ArticleFacts, f: Fact): WhQuestion | null {
	const { toks, names, resolve, dropped, capitals } = ctxFor(a, f);
	const clause = clauseAround(toks, f.start, f.end);
	if (!clause) return null;
	const i = clause.findIndex((t) => t.start === f.start);
	const j = clause.findIndex((t) => t.end === f.end);
	const v = clause.findIndex(isVerbToken);
	// Only a place that modifies the verb: next to it or opening the clause ("W Krakowie spadło…").
	const adjacent = i - 1 === v || (clause[i - 1]?.text === 'się' && i - 2 === v) || i === 0;
	if (!adjacent || i < 0 || j < 0) return null;
	// "w Białymstoku, Lublinie i Rzeszowie": one place of a list is not the answer.
	const after = toks.find((t) => t.start >= f.end);
	if (after && (after.text === ',' || /^(i|oraz|lub|albo)$/.test(after.text))) return null;
	const prompt = buildWh({ text: a.text, clause, removeStart: f.start, removeEnd: f.end, wh: 'Gdzie', names, capitals, resolve, dropped });
	if (!prompt) return null;
	return { prompt, answer: f.text, accept: [f.text.replace(/^(w|we)\s+/i, '')] };
}
