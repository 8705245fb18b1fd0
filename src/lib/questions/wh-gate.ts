// Direct questions rebuilt from long news sentences were the weakest items on real articles
// (4 of 18 "Kiedy…?" acceptable in the strict rating): the rebuilt clause keeps a second time,
// leaves the verb stranded at the end, or keeps an abbreviation without its dot. These checks run on every
// time and quantity wh-prompt before it may be shown.
import { findTimeExpressions } from '../polish/dates';
import { analyze } from '../polish/morphology';
import { wordInfo } from './grammar';
import { tokenize } from './facts-text';
import { hasOwnSubject } from './subject';
import { BARE_ABBREVIATION } from './lint';

const MAX_WORDS = 18;
/** A cheap look before the full date grammar: digits, months, weekdays, seasons. */
const MAYBE_TIME =
	/\d|stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud|poniedz|wtor|środ|czwart|piąt|sobot|niedziel|wiosn|lat|jesie|zim/iu;
/** Time words that, left in a "Kiedy…?" prompt, already answer it in part. */
const TIME_LEFT =
	/(?<!\p{L})((?:od|do|z) (?:początku|końca|połowy) \p{L}+|godz\.?|godzin\p{L}*|rano|wieczorem|wieczór|po południu|w południe|w nocy|nocą|dziś|dzisiaj|wczoraj|jutro|br|ub)(?!\p{L})/iu;

function words(prompt: string): string[] {
	return prompt.replace(/\?$/, '').split(/\s+/).filter(Boolean);
}

/** Why a rebuilt wh-prompt is doubtful, or null when it may be shown. */
export function whProblem(prompt: string, kind: 'time' | 'quantity'): string | null {
	const ws = words(prompt);
	if (ws.length > MAX_WORDS) return 'long';
	if (BARE_ABBREVIATION.test(prompt)) return 'bare-abbreviation';
	const body = ws.slice(1).join(' ');
	if (
		kind === 'time' &&
		(TIME_LEFT.test(body) || (MAYBE_TIME.test(body) && findTimeExpressions(body).some((t) => !/^w tym\s/i.test(t.text))))
	)
		return 'second-time';
	// "Kiedy pełne dane o inflacji GUS zaprezentuje?": the verb stranded after a long subject.
	const last = ws.at(-1)!.replace(/[^\p{L}]/gu, '');
	if (ws.length > 6 && wordInfo(last).verb && !analyze(last).some((a) => a.tags.some((t) => /^adj/.test(t)))) return 'verb-last';
	// "Kiedy odbyła się ostatnia?": nothing in the question names what it is about.
	// ("się" has a stray noun reading in PoliMorf.)
	const named = ws
		.slice(1)
		.some(
			(w) =>
				/^\p{Lu}|\d/u.test(w) ||
				(w !== 'się' && analyze(w.replace(/[^\p{L}-]/gu, '')).some((a) => a.tags.some((t) => t.startsWith('subst'))))
		);
	if (!named) return 'no-noun';
	// "Ile szczepionek mają trafić…": a counted subject takes a singular verb.
	// …unless the clause has a plural subject of its own ("Ile samolotów zamówiły linie lotnicze?").
	if (kind === 'quantity' && /^Il[eu]\s/.test(prompt) && ws[1] !== 'razy') {
		const verb = ws.slice(1).find((w) => wordInfo(w).verb === 'fin' || wordInfo(w).verb === 'praet');
		const rest = tokenize(ws.slice(2).join(' '));
		if (verb && wordInfo(verb).plural && !wordInfo(verb).nounOrVerb && !hasOwnSubject(rest)) return 'agreement';
	}
	return null;
}
