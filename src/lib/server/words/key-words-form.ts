// The teacher's key-vocabulary field: one word a line, "base form — meaning" (a dash, a hyphen between spaces,
// a colon or "=" separate them). Parsed here so the page, the action and the tests agree.
import type { KeyWord } from '$lib/vocabulary';

const MAX_KEY_WORDS = 15;

export type ParsedKeyWords = { ok: true; words: KeyWord[] } | { ok: false; message: string };

export function keyWordsText(words: KeyWord[]): string {
	return words.map((w) => (w.gloss ? `${w.lemma} — ${w.gloss}` : w.lemma)).join('\n');
}

export function parseKeyWords(text: string): ParsedKeyWords {
	const words: KeyWord[] = [];
	for (const line of text.split(/\r?\n/)) {
		const tidy = line.replace(/\s+/g, ' ').trim();
		if (!tidy) continue;
		const m = /^(.+?)\s*(?:\s[—–-]\s|[:=])\s*(.*)$/.exec(tidy);
		const lemma = (m ? m[1] : tidy).trim();
		const gloss = (m ? m[2] : '').trim();
		if (lemma.length > 60) return { ok: false, message: `Słowo „${lemma.slice(0, 20)}…” jest za długie (najwyżej 60 znaków).` };
		if (gloss.length > 200) return { ok: false, message: `Znaczenie słowa „${lemma}” jest za długie (najwyżej 200 znaków).` };
		if (!words.some((w) => w.lemma.toLocaleLowerCase('pl') === lemma.toLocaleLowerCase('pl'))) words.push({ lemma, gloss });
	}
	if (words.length > MAX_KEY_WORDS) return { ok: false, message: `Najwyżej ${MAX_KEY_WORDS} słów (jest ${words.length}).` };
	return { ok: true, words };
}
