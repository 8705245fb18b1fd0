import type { Fact } from './facts';
import { formatPolishNumber, parsePolishNumber } from '../polish/numbers';
import { nounForm, pluralCategory } from '../domain/plural';

const shapes = new WeakMap<Fact, string>();

/** What a fact's answer looks like, so a distractor can stand in its place without breaking the sentence. */
function shapeOf(f: Fact): string {
	let s = shapes.get(f);
	if (s === undefined) {
		s = computeShape(f);
		shapes.set(f, s);
	}
	return s;
}

function computeShape(f: Fact): string {
	if (f.kind === 'time') {
		const t = f.time!;
		if (t.kind === 'year') return 'year';
		return `time:${t.kind}:${t.prep ?? ''}:${t.year ? 'y' : ''}:${/godz/.test(f.text) ? 'h' : ''}`;
	}
	if (f.kind === 'quantity') {
		const q = f.quantity!;
		const plural = pluralCategory(q.value);
		const mult = /tys|mln|mld|tysi|milion|miliard/.test(f.text) ? 'big' : 'plain';
		return `q:${/^\D*\d/.test(f.text) ? 'd' : 'w'}:${q.unit ?? ''}:${q.noun ? 'n' : ''}:${q.modifier ? 'm' : ''}:${mult}:${plural}`;
	}
	if (f.kind === 'person' || f.kind === 'quote') return 'person';
	return f.kind;
}

const THOUSAND_WORD = /(\d+(?:,\d+)?)\s+(tysiąc|tysiące|tysięcy|tysiąca)(?!\p{L})/u;

/**
 * The case a "N tysięcy" phrase shows: "2 tysiące" is nominative, "u 2 tysięcy" genitive; "5 tysięcy"
 * and "1,6 tysiąca" read the same in both ("any"). A distractor must not stand out by its case.
 */
function thousandsCase(text: string): 'nom' | 'gen' | 'any' {
	const m = THOUSAND_WORD.exec(text);
	if (!m) return 'any';
	if (m[1].includes(',')) return 'any';
	const nominative = nounForm(Number(m[1]), THOUSANDS);
	if (m[2] !== nominative) return 'gen';
	return nominative === 'tysięcy' ? 'any' : 'nom';
}

function caseFits(a: string, b: string): boolean {
	const x = thousandsCase(a);
	const y = thousandsCase(b);
	return x === y || x === 'any' || y === 'any';
}

function answerText(f: Fact, asYear: boolean): string {
	if (f.kind === 'time' && f.time!.year && (asYear || f.time!.kind === 'year')) return String(f.time!.year);
	return f.text;
}

/** Which pool a fact draws its distractors from: quotes from speakers, years from any dated fact, others by shape. */
function poolKey(f: Fact): string {
	if (f.kind === 'quote') return 'quote';
	return shapeOf(f) === 'year' ? 'year' : `shape:${shapeOf(f)}`;
}

function poolKeysOf(g: Fact): string[] {
	const keys = [`shape:${shapeOf(g)}`];
	if (g.kind === 'time' && g.time!.year) keys.push('year');
	if (g.kind === 'quote' || (g.kind === 'person' && g.entity?.nominative)) keys.push('quote');
	return keys;
}

const pools = new WeakMap<Fact[], Map<string, Fact[]>>();

/** The article's facts grouped by pool, each in text order: built once per article, not once per question. */
function poolsOf(all: Fact[]): Map<string, Fact[]> {
	let byKey = pools.get(all);
	if (!byKey) {
		byKey = new Map();
		for (const g of all) for (const k of poolKeysOf(g)) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(g);
		for (const list of byKey.values()) list.sort((x, y) => x.start - y.start);
		pools.set(all, byKey);
	}
	return byKey;
}

/** The pool's facts other than f, nearest to f's position first (the earlier one first on a tie). */
function* nearestFirst(list: Fact[], f: Fact): Generator<Fact> {
	let hi = list.findIndex((g) => g.start >= f.start);
	if (hi < 0) hi = list.length;
	let lo = hi - 1;
	while (lo >= 0 || hi < list.length) {
		const left = lo >= 0 ? f.start - list[lo].start : Infinity;
		const right = hi < list.length ? list[hi].start - f.start : Infinity;
		const g = left <= right ? list[lo--] : list[hi++];
		if (g !== f) yield g;
	}
}

const frames = new WeakMap<object, Set<string>>();
const FRAME_WORD = /\p{L}{4,}/gu;

/** A sentence's content words, cut to five letters ("porywach" and "porywy" share "poryw"). */
function frameOf(f: Fact): Set<string> {
	let out = frames.get(f.sentence);
	if (!out) {
		out = new Set((f.sentence.text.toLowerCase().match(FRAME_WORD) ?? []).map((w) => w.slice(0, 5)));
		frames.set(f.sentence, out);
	}
	return out;
}

/**
 * "Na Pomorzu porywy do 60 km/h" and, for another day, "Na Pomorzu porywy do 90 km/h": a value from a
 * sentence saying much the same is a second right answer for a reader who finds the wrong one.
 */
function sameFrame(f: Fact, g: Fact): boolean {
	if (g.sentence === f.sentence) return false;
	const own = frameOf(f);
	const other = frameOf(g);
	let shared = 0;
	for (const w of own) if (other.has(w)) shared++;
	return shared >= 2 && shared >= own.size / 2;
}

/** Up to n wrong answers of the same shape from the same article, nearest in position first. */
export function distractorsFor(f: Fact, all: Fact[], answer: string, n = 3, synthetic = true): string[] {
	const asYear = shapeOf(f) === 'year';
	const out: string[] = [];
	const excluded = new Set<string>();
	const pool = nearestFirst(poolsOf(all).get(poolKey(f)) ?? [], f);
	for (const g of pool) {
		const text = f.kind === 'quote' || f.kind === 'person' ? (g.quote?.speaker ?? g.text) : answerText(g, asYear);
		if (f.kind !== 'person' && f.kind !== 'quote' && f.kind !== 'role' && f.sentence.text.includes(text)) continue;
		const norm = text.toLowerCase();
		if (norm === answer.toLowerCase() || answer.toLowerCase().includes(norm) || norm.includes(answer.toLowerCase())) continue;
		if (f.kind === 'time' && f.time!.year && g.time?.year === f.time!.year && f.time!.kind === g.time!.kind) continue;
		if (f.kind === 'time' && f.time!.kind !== 'year' && !/\d/.test(text) !== !/\d/.test(answer)) continue;
		// Another mention of the same day ("1 sierpnia o godzinie 17") would be a second right answer.
		if (f.kind === 'time' && f.time!.day && g.time?.day === f.time!.day && g.time?.month === f.time!.month) continue;
		if (f.kind === 'quantity' && g.quantity!.value === f.quantity!.value) continue;
		if (f.kind === 'quantity' && !caseFits(answer, text)) continue;
		if ((f.kind === 'quantity' || f.kind === 'time') && sameFrame(f, g)) {
			excluded.add(text.toLowerCase());
			continue;
		}
		const shown = f.kind === 'role' && !/^\p{Lu}{2}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
		if (!out.some((o) => o.toLowerCase() === norm)) out.push(shown);
		if (out.length >= n) break;
	}
	// A made-up value that happens to be the one a sentence of the same frame gives is no made-up value.
	if (synthetic)
		for (const s of syntheticFor(f, answer, n - out.length + excluded.size))
			if (!out.includes(s) && s !== answer && !excluded.has(s.toLowerCase()) && out.length < n) out.push(s);
	return out.slice(0, n);
}

const THOUSANDS: [string, string, string] = ['tysiąc', 'tysiące', 'tysięcy'];

/** Plausible wrong numbers in the answer's own format ("122 tysiące" → "61 tysięcy"), for articles with too few facts of a kind. */
function syntheticFor(f: Fact, answer: string, n: number): string[] {
	if (f.kind === 'time' && f.time!.kind === 'year' && /^\d{4}$/.test(answer)) {
		const y = Number(answer);
		return [y - 3, y + 4, y - 9].map(String).slice(0, n);
	}
	if (f.kind !== 'quantity') return [];
	const m =
		/^((?:ponad|około|blisko|prawie|niemal|ok\.)\s+)?(\d{1,3}(?:[\s\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(\s*(?:%|proc\.|tys\.|mln|mld|zł|km|m|ha|kg|tysiące|tysięcy|tysiąc)?(?:\s+(?:zł|km\/h))?)$/u.exec(
			answer
		);
	if (!m) return [];
	const value = parsePolishNumber(m[2].trim());
	if (value === null) return [];
	const decimals = (m[2].split(',')[1] ?? '').length;
	const out: string[] = [];
	const percent = /%|proc/.test(m[3]);
	const genitive = thousandsCase(answer) === 'gen';
	for (const k of [0.5, 1.5, 2, 0.75, 1.25]) {
		let v: number = value * k;
		v = decimals ? Number(v.toFixed(decimals)) : Math.round(v);
		if (v === value || v <= 0 || (percent && v > 100)) continue;
		let rest = m[3];
		if (/tysi/.test(rest)) rest = ' ' + (genitive ? (v === 1 ? 'tysiąca' : 'tysięcy') : nounForm(v, THOUSANDS));
		out.push(`${m[1] ?? ''}${formatPolishNumber(v)}${rest}`);
		if (out.length >= n) break;
	}
	return out;
}

/** Deterministic shuffle keyed by a string, so the same question always shows the same order. */
export function seededShuffle<T>(items: T[], seed: string): T[] {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
		const j = h % (i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

export function hashKey(s: string): string {
	let h1 = 2166136261;
	let h2 = 5381;
	for (const c of s) {
		h1 = Math.imul(h1 ^ c.charCodeAt(0), 16777619) >>> 0;
		h2 = (Math.imul(h2, 33) + c.charCodeAt(0)) >>> 0;
	}
	return h1.toString(36) + h2.toString(36);
}

const PLURAL = new Intl.PluralRules('pl');

/**
 * Wrong numbers for a gap whose noun stays in the sentence ("W czwartek jest ____ stopni"): each must take the noun
 * in the form the answer does, or the filled-in option is ungrammatical ("4 stopni" for "4 stopnie") and gives itself
 * away. Candidates of another form are dropped and numbers near the answer's scale in its form fill the place.
 */
export function countedLike(answer: string, wrong: string[], n = 3): string[] {
	if (!/^\d+$/.test(answer)) return wrong;
	const value = Number(answer);
	const form = PLURAL.select(value);
	const keep = wrong.filter((w) => /^\d+$/.test(w) && PLURAL.select(Number(w)) === form);
	for (const k of [0.5, 1.5, 2, 0.75, 1.25, 3]) {
		if (keep.length >= n) break;
		let v = Math.round(value * k);
		for (let step = 0; step < 10 && PLURAL.select(v) !== form; step++) v++;
		if (v > 0 && v !== value && PLURAL.select(v) === form && !keep.includes(String(v))) keep.push(String(v));
	}
	return keep;
}
