// Punctuation slips of a published text that a strict teacher will not let a question copy: a missing
// comma before a subordinate clause or a participle phrase, a comma after an opening adverbial
// phrase, quotation marks or brackets that do not pair. Each rule errs towards silence: a sentence it
// flags is only kept out of items that quote it, so a miss costs a slip and a false alarm one question.
import { analyze } from './morphology';

interface Tok {
	text: string;
	word: boolean;
	lower: string;
}

function tokens(text: string): Tok[] {
	return (text.match(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\S/gu) ?? []).map((t) => ({
		text: t,
		word: /[\p{L}\d]/u.test(t),
		lower: t.toLocaleLowerCase('pl')
	}));
}

const tagsOf = (w: string) => analyze(w).flatMap((a) => a.tags);
const isPrep = (w: string) => tagsOf(w).some((t) => t.startsWith('prep'));
const isNoun = (w: string) => tagsOf(w).some((t) => t.startsWith('subst'));
const FINITE = /^(?:verb:)?(fin|praet|imps|bedzie|inf|impt|pred|winien)/;
const isFiniteVerb = (w: string) => tagsOf(w).some((t) => FINITE.test(t.replace(/^verb:/, '')) && !t.startsWith('subst'));

/** Conjunctions after which a subordinating word needs no comma of its own ("i że", "a który"). */
const COORDINATING = new Set('i a oraz lub albo ani ale lecz czy bądź niż jak ni'.split(' '));
/** First words of compound conjunctions written without a comma inside ("mimo że", "podczas gdy", "tak aby"). */
const COMPOUND_HEAD = new Set(
	'mimo pomimo chyba zwłaszcza szczególnie tylko tyle dopiero nawet właśnie podczas dlatego tak jako tym bardziej wtedy teraz zaś przy także również zanim aż już jeszcze głównie przede'.split(
		' '
	)
);
const ADVERSATIVE = new Set(['a', 'ale', 'lecz']);
const RELATIVE = /^któr(y|a|e|ego|ej|emu|ym|ymi|ych|ą|zy)$/;
const ALWAYS_CLAUSE = new Set('że żeby aby ażeby ponieważ gdyż jeśli jeżeli gdy chociaż choć skoro dopóki bo'.split(' '));
/** Verbs and nouns that take an indirect question ("sprawdzi, czy…"): only after them is "czy" a subordinator. */
const ASKING = new Set(
	'wiadomo wiedzieć sprawdzić sprawdzać ustalić ustalać zdecydować decydować zapytać pytać ocenić oceniać wyjaśnić wyjaśniać zastanawiać rozstrzygnąć zbadać badać pytanie niewiadomo'.split(
		' '
	)
);
const QUOTE_OR_DASH = /^[,;:(–—\-„“”"«»]$/;

/** The word before `i` stands where a comma must: not punctuation, the sentence start or a conjunction. */
function bareBefore(toks: Tok[], i: number): boolean {
	const p = toks[i - 1];
	if (!p || QUOTE_OR_DASH.test(p.text) || !p.word) return false;
	return !COORDINATING.has(p.lower) && !COMPOUND_HEAD.has(p.lower) && !ALWAYS_CLAUSE.has(p.lower) && !RELATIVE.test(p.lower);
}

/** "Prokurator uznał że…", "dom w którym…" without the comma; "mimo że", "i który", ", w którym" are fine. */
export function missingClauseComma(text: string): string | null {
	const toks = tokens(text);
	for (let i = 1; i < toks.length; i++) {
		const w = toks[i].lower;
		if (ALWAYS_CLAUSE.has(w)) {
			if (bareBefore(toks, i)) return `${toks[i - 1].text} ${toks[i].text}`;
		} else if (RELATIVE.test(w)) {
			// ", w którym", ", na podstawie której", ", z których każdy": the comma stands before the preposition phrase.
			let j = i;
			if (toks[j - 1] && isPrep(toks[j - 1].text)) j--;
			// ", co do których": a compound preposition.
			if (toks[j - 1]?.lower === 'co' && toks[j]?.lower === 'do') j--;
			else if (toks[j - 2] && isNoun(toks[j - 1].text) && isPrep(toks[j - 2].text) && !isPrep(toks[j - 1].text)) j -= 2;
			if (j > 0 && bareBefore(toks, j)) return `${toks[j - 1].text} ${toks[i].text}`;
		} else if (
			ADVERSATIVE.has(toks[i].text) &&
			toks[i - 1]?.word &&
			!/(^|\s)(po)?między\s/iu.test(
				toks
					.slice(0, i)
					.map((t) => t.lower)
					.join(' ')
			)
		) {
			// "…wzrosły a ceny…": a contrast always takes a comma ("między X a Y" does not).
			return `${toks[i - 1].text} ${toks[i].text}`;
		} else if (w === 'czy' && toks[i - 1]?.word && analyze(toks[i - 1].text).some((a) => ASKING.has(a.lemma))) {
			return `${toks[i - 1].text} czy`;
		} else if ((w === 'gdzie' || w === 'kiedy') && i > 1 && bareBefore(toks, i)) {
			// "w miejscu gdzie": a relative clause after a noun.
			const p = tagsOf(toks[i - 1].text);
			if (p.length && p.every((t) => t.startsWith('subst'))) return `${toks[i - 1].text} ${toks[i].text}`;
		}
	}
	return null;
}

/** Adverbial participles that work as prepositions ("począwszy od", "wliczając") and take no comma. */
const PREPOSITIONAL_PARTICIPLES = new Set(
	'począwszy skończywszy wyjąwszy wliczając włączając wyłączając zaczynając kończąc licząc'.split(' ')
);

/** "…przekazał informacje dodając że…": an adverbial participle phrase opens without its comma. */
export function missingParticipleComma(text: string): string | null {
	const toks = tokens(text);
	for (let i = 1; i < toks.length; i++) {
		const t = toks[i];
		if (!t.word || !/(ąc|wszy|łszy)$/.test(t.lower) || PREPOSITIONAL_PARTICIPLES.has(t.lower)) continue;
		const tags = tagsOf(t.text);
		if (!tags.length || !tags.every((g) => g.startsWith('pcon') || g.startsWith('pant'))) continue;
		let j = i;
		if (toks[j - 1]?.lower === 'nie') j--;
		// "chcąc nie chcąc": a fixed pair.
		if (toks[j - 1] && /(ąc|wszy)$/.test(toks[j - 1].lower)) continue;
		if (j > 0 && bareBefore(toks, j)) return `${toks[j - 1].text} ${t.text}`;
	}
	return null;
}

/** Parenthetical openers that may take a comma ("Z drugiej strony, …", "Na szczęście, …"). */
const PARENTHETICAL =
	/^(?:z jednej strony|z drugiej strony|na szczęście|na przykład|po pierwsze|po drugie|po trzecie|przede wszystkim|co więcej|co prawda|mimo to|poza tym|z kolei|w dodatku|w każdym razie|w końcu|w skrócie|w sumie|w rezultacie|w efekcie|w praktyce|w gruncie rzeczy|w ogóle|bez wątpienia|bez względu na to|tym samym|przy tym|na koniec|na razie|co ciekawe|co istotne|co ważne|w tym kontekście|w takiej sytuacji|w takim razie|w takim przypadku|w przeciwnym razie|z tego powodu|z tego względu)$/i;
/** Words after the comma that open an inserted or subordinate part ("W 2020 r., jak podaje GUS, …"). */
const INSERT_OPENER =
	/^(?:jak|który|która|które|którego|której|których|gdy|kiedy|co|czyli|a|i|oraz|ale|lecz|m\.in\.|np\.|tj\.|zwłaszcza|szczególnie|głównie|przede|również|także|czy|według|zdaniem|oprócz|poza|mimo|podobnie|niż|aż|jeszcze|już|dokładnie|konkretnie|tuż|nawet|tylko)$/i;
const OPENERS = new Set('według zdaniem dzięki mimo pomimo wbrew podczas oprócz wskutek'.split(' '));

/** "W związku ze zdarzeniem, policja apeluje…": an opening adverbial phrase cut off by a comma from its own clause. */
export function introductoryComma(text: string): string | null {
	const toks = tokens(text);
	const c = toks.findIndex((t) => t.text === ',');
	if (c < 2 || c > 8 || !toks[0].word) return null;
	const first = toks[0].lower;
	if (!isPrep(toks[0].text) && !OPENERS.has(first)) return null;
	const head = toks.slice(0, c);
	if (PARENTHETICAL.test(head.map((t) => t.text).join(' '))) return null;
	// A verb, a participle or a conjunction before the comma makes it a clause (or a list), not a phrase.
	if (
		head.some((t) => !t.word || isFiniteVerb(t.text) || ALWAYS_CLAUSE.has(t.lower) || RELATIVE.test(t.lower) || COORDINATING.has(t.lower))
	)
		return null;
	if (head.some((t) => tagsOf(t.text).some((g) => g.startsWith('pcon') || g.startsWith('pant')))) return null;
	const next = toks[c + 1];
	// "W Krakowie, w Gdańsku i w Poznaniu": the same preposition again lists places or times.
	if (!next?.word || INSERT_OPENER.test(next.text) || ALWAYS_CLAUSE.has(next.lower) || /^\d/.test(next.text) || next.lower === first)
		return null;
	// "Po wykryciu afery, w której…": a relative clause; "W marcu Nowak, Kowalska i…": a list of names.
	if (toks.slice(c + 1, c + 4).some((t) => RELATIVE.test(t.lower)) || (c > 1 && /^\p{Lu}/u.test(head[head.length - 1].text))) return null;
	// "W Krakowie, Gdańsku i Poznaniu…": a list of places or dates goes on after the comma.
	const before = tagsOf(head[head.length - 1].text).map((g) => g.split(':').slice(0, 3).join(':'));
	if (tagsOf(next.text).some((g) => before.includes(g.split(':').slice(0, 3).join(':')))) return null;
	// "W sobotę, 12 lipca, …", "W stolicy, Warszawie, …": an apposition closed by a second comma.
	const rest = toks.slice(c + 1);
	const second = rest.findIndex((t) => t.text === ',');
	// The clause's verb, not a word of a prepositional phrase that could also be one ("przy stanie 71:76").
	const inPhrase = new Set<number>();
	for (let i = 0, open = false; i < rest.length; i++) {
		if (rest[i].word && isPrep(rest[i].text)) open = true;
		else if (open) {
			inPhrase.add(i);
			if (!rest[i].word || isNoun(rest[i].text)) open = false;
		}
	}
	const verbAt = rest.findIndex((t, i) => t.word && !inPhrase.has(i) && isFiniteVerb(t.text));
	// "W 2022, po inwazji na Ukrainę, sankcjami objęto…": the comma opens an insertion that a second one closes.
	if (verbAt < 0 || (second >= 0 && second < verbAt)) return null;
	return `${head.map((t) => t.text).join(' ')},`;
}

/** „…" closed by a straight quote, an opening mark never closed, a bracket left open, "„ tekst" with a space inside. */
export function unpairedMarks(text: string): string | null {
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	const opens = count(/[„«]/g);
	const closes = count(/[”“»]/g);
	const straight = count(/"/g);
	if (opens !== closes || straight % 2 || (opens && straight)) return 'quotation marks';
	if (count(/\(/g) !== count(/\)/g)) return 'brackets';
	if (/„\s|\s”|\s[),.;:!?](?!\d)|\(\s/.test(text)) return 'space inside';
	return null;
}
