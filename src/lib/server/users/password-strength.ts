import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { transliterate } from './usernames';

/** zxcvbn's 0–4 scale; 3 means about 10^8 guesses, out of reach behind slow hashing and throttling. */
const MIN_SCORE = 3;
/** Name parts shorter than this turn up inside ordinary words ("Ola" in "kolacja"); zxcvbn weighs those. */
const MIN_PERSONAL = 4;
const BETTER = 'Dodaj jeszcze jedno lub dwa nietypowe słowa.';

/** What the person is known by here: a password must not be built from it. */
export interface Personal {
	displayName?: string;
	username?: string;
	email?: string | null;
}

// Friendlier Polish than the package's own for what most people will see; the rest stays as translated there.
const WARNINGS: Record<string, string> = {
	wordByItself: 'Jedno słowo łatwo odgadnąć.',
	userInputs: 'Hasło zawiera Twoje imię, nazwę użytkownika albo adres e-mail.',
	recentYears: 'Ostatnie lata łatwo odgadnąć.'
};
const SUGGESTIONS: Record<string, string> = {
	anotherWord: BETTER,
	useWords: 'Ułóż hasło z kilku słów, które do siebie nie pasują, np. „kasztan rower parasol”.',
	capitalization: 'Wielka litera na początku niewiele daje.',
	allUppercase: 'Same wielkie litery niewiele dają.'
};

let loading: Promise<ZxcvbnFactory> | undefined;

/** The dictionaries take a few hundred milliseconds to index, so they are loaded once, on the first check. */
function zxcvbn(): Promise<ZxcvbnFactory> {
	loading ??= (async () => {
		const [{ ZxcvbnFactory }, common, pl] = await Promise.all([
			import('@zxcvbn-ts/core'),
			import('@zxcvbn-ts/language-common'),
			import('@zxcvbn-ts/language-pl')
		]);
		const translations = {
			...pl.translations,
			warnings: { ...pl.translations.warnings, ...WARNINGS },
			suggestions: { ...pl.translations.suggestions, ...SUGGESTIONS }
		};
		return new ZxcvbnFactory({ translations, graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...pl.dictionary } });
	})();
	return loading;
}

const fold = (s: string) => transliterate(s).replace(/[^a-z0-9]/g, '');

function personalPieces(p: Personal): string[] {
	const email = p.email?.toLowerCase() ?? '';
	const words = [p.displayName ?? '', p.username ?? '', email.split('@')[0]].flatMap((s) => s.split(/[\s._@+-]+/));
	return [p.displayName ?? '', p.username ?? '', email, email.split('@')[0], ...words].map(fold).filter((s) => s.length >= MIN_PERSONAL);
}

function advice(result: ZxcvbnResult): string {
	const { warning, suggestions } = result.feedback;
	const tips = suggestions.length ? suggestions : [BETTER];
	return ['To hasło jest za słabe.', warning, ...tips].filter(Boolean).join(' ');
}

/** A Polish reason to choose another password, saying how to make a better one; null when it is strong enough. */
export async function passwordStrengthProblem(password: string, personal: Personal): Promise<string | null> {
	const folded = fold(password);
	if (personalPieces(personal).some((piece) => folded.includes(piece)))
		return 'Hasło nie może zawierać Twojego imienia, nazwiska, nazwy użytkownika ani adresu e-mail. Użyj zamiast nich kilku słów, które nie mają związku z Tobą.';
	const inputs = [personal.displayName, personal.username, personal.email ?? undefined, ...personalPieces(personal)].filter(
		(s): s is string => !!s
	);
	const result = (await zxcvbn()).check(password, inputs);
	return result.score >= MIN_SCORE ? null : advice(result);
}
