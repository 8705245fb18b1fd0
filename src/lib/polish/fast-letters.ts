// V8 tests `\p{L}` against every Unicode letter range, which makes a scan with a letter lookbehind
// about seven times slower than an explicit class (measured in docs/benchmarks.md). The hot patterns
// of question generation are compiled with the letters a Polish news text can hold instead: Latin
// with every accent, Greek and Cyrillic (Ukrainian and Russian names). Scripts beyond those count as
// non-letters there, which only moves a word boundary inside such a word.
const LETTER_RANGES =
	'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff';
/** Digits, superscripts, vulgar fractions and Roman numeral signs: the numbers such a text holds. */
const NUMBER_RANGES = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be\\u2150-\\u2189';

/** The same pattern with `\p{L}` and `\p{N}` (alone or inside a class) spelled as explicit ranges. */
export function withFastLetters(re: RegExp): RegExp {
	const ranges: Record<string, string> = { L: LETTER_RANGES, N: NUMBER_RANGES };
	let source = re.source;
	// A class may name both ("[\p{L}\p{N}]"): rewrite inside classes until none is left there.
	for (let prev = ''; prev !== source;) {
		prev = source;
		source = source.replace(/\[([^\]]*?)\\p\{([LN])\}([^\]]*?)\]/g, (_m, a: string, k: string, b: string) => `[${a}${ranges[k]}${b}]`);
	}
	source = source.replace(/\\p\{([LN])\}/g, (_m, k: string) => `[${ranges[k]}]`);
	return new RegExp(source, re.flags);
}
