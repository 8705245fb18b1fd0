import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from './generate';

const seed = readFileSync(join(import.meta.dirname, 'corpus/seed-article.txt'), 'utf8');

describe('generateQuestions on the seed article', () => {
	const qs = generateQuestions(seed, { max: 40 });

	it('resolves "Rada" to the council named just before', () => {
		const q = qs.find((x) => x.prompt === 'Kiedy powstała Rada NATO-Rosja?');
		expect(q?.answer).toBe('2002');
		expect(q?.accept).toEqual(expect.arrayContaining(['w 2002 roku', '2002 r.']));
		expect(q?.evidence.sentence).toMatch(/^Rada powstała w 2002 roku/);
	});

	it('asks "Ilu" about soldiers with the verb in the singular', () => {
		const q = qs.find((x) => x.prompt === 'Ilu żołnierzy rosyjskich pozostaje w odległości 200 km od granicy ukraińskiej?');
		expect(q?.answer).toBe('122 tysiące');
		expect(q?.accept).toContain('122 000');
	});

	it('drops "natomiast" and asks about a range of years', () => {
		const q = qs.find((x) => x.answer === '2016-2019' && (x.type === 'wh' || x.type === 'choice'));
		expect(q?.prompt).toBe('W jakich latach odbyło się kilka spotkań?');
	});

	it('offers the kinds of questions a teacher mixes', () => {
		const types = new Set(qs.map((q) => q.type));
		for (const t of ['wh', 'gap', 'choice', 'truefalse', 'order'] as const) expect(types, t).toContain(t);
	});

	it('orders dated events correctly', () => {
		const order = qs.find((q) => q.type === 'order');
		expect(order?.answer.split('\n')[0]).toBe('Powstała Rada NATO-Rosja');
	});

	it('respects max and keeps the best first', () => {
		const top = generateQuestions(seed, { max: 3 });
		expect(top).toHaveLength(3);
		expect(top).toEqual(generateQuestions(seed, { max: 40 }).slice(0, 3));
	});
});

describe('generateQuestions on awkward input', () => {
	it('returns nothing for empty or fact-free text', () => {
		expect(generateQuestions('')).toEqual([]);
		expect(generateQuestions('   \n\n  ')).toEqual([]);
		expect(generateQuestions('Kot siedzi na oknie. Patrzy na ptaki.')).toEqual([]);
	});

	it('ignores English embeds and headings', () => {
		const text =
			'Nagłówek z 2020 roku\n\nEach country has the right to choose in 2022 whether it joins any treaty.\n\nSejm uchwalił ustawę w 2021 roku.';
		const qs = generateQuestions(text);
		for (const q of qs) expect(q.evidence.sentence).toBe('Sejm uchwalił ustawę w 2021 roku.');
	});

	it('drops a sentence-initial connective from a question', () => {
		const text = 'Muzeum otwarto w 2004 roku.\n\nNatomiast w 2010 roku Sejm uchwalił nową ustawę o muzeach.\n\nBudowa trwała 3 lata.';
		const qs = generateQuestions(text, { max: 40 });
		const q = qs.find((x) => x.answer === '2010' && x.type === 'wh');
		expect(q?.prompt).toBe('Kiedy Sejm uchwalił nową ustawę o muzeach?');
	});

	it('does not ask a wh-question when the subject is only a pronoun', () => {
		const text = 'Festiwal odbył się w Gdyni.\n\nOn trwał od 2001 roku.\n\nTo było w 2005 roku.';
		for (const q of generateQuestions(text, { max: 40 })) expect(q.type === 'wh' && /^Od którego roku trwał/.test(q.prompt)).toBe(false);
	});
});

describe('abbreviations at the end of a question', () => {
	it('keep their full stop before the question mark', () => {
		const qs = generateQuestions(
			'Ekonomiści banku ING spodziewają się, że w grudniu inflacja wzrośnie do 5 proc.\n\nW sierpniu wskaźnik wynosił 4,3 proc.'
		);
		const q = qs.find((x) => x.prompt.startsWith('Kiedy inflacja'));
		expect(q?.prompt).toBe('Kiedy inflacja wzrośnie do 5 proc.?');
	});
});

describe('a quiz-sized request on a short article', () => {
	const festival = readFileSync(join(import.meta.dirname, 'corpus/kultura-festiwal.txt'), 'utf8');
	const quiz = generateQuestions(festival, { max: 12 });

	it('returns fewer questions rather than repeats and give-aways', () => {
		expect(quiz.length).toBeLessThan(12);
		expect(generateQuestions(festival, { max: 40 }).length).toBeGreaterThan(quiz.length);
		for (const q of quiz) {
			for (const o of quiz) {
				// "Jaką funkcję pełni X?" may name a speaker: it does not say what X said.
				if (o === q || o.type === 'truefalse' || o.type === 'order' || (o.skill === 'person' && q.prompt.startsWith('Jaką funkcję')))
					continue;
				expect(q.prompt.toLowerCase(), `${q.prompt} / ${o.answer}`).not.toContain(
					o.answer.toLowerCase().replace(/^(w|we|od|do|około|ponad)\s+/, '')
				);
			}
		}
		const facts = quiz.filter((q) => q.skill !== 'person').map((q) => `${q.evidence.start}|${q.answer}`);
		expect(new Set(facts).size).toBe(facts.length);
	});

	it("shows the sentence a gap's pronoun or missing subject needs, or leaves the gap out", () => {
		for (const q of quiz.filter((x) => x.type === 'gap' || x.type === 'truefalse')) {
			expect(q.prompt, q.prompt).not.toMatch(/^(Do Gdyni przeniesiono go|Odbywa się|To o)/);
		}
		const since = quiz.find((q) => q.answer === '1974');
		if (since) expect(since.prompt).toMatch(/^Festiwal w Gdyni to najważniejsza impreza polskiego kina\. Odbywa się od ____ roku/);
	});
});

describe("distractors in the answer's case", () => {
	it('keep the genitive after a preposition ("u około 2 tysięcy")', () => {
		const text =
			'Choroba jest wykrywana u około 2 tysięcy kobiet rocznie.\n\nW szpitalach leczy się około 3 tysiące pacjentów.\n\nMinisterstwo podało te dane w 2024 roku.';
		const gap = generateQuestions(text, { max: 40 }).find((q) => q.type === 'gap' && q.answer === 'około 2 tysięcy');
		expect(gap?.options).toBeDefined();
		for (const o of gap!.options) expect(o, o).not.toMatch(/tysiące$|tysiąc$/);
	});
});

describe('distractors from a sentence that says the same of another day', () => {
	it('are left out: they would be a second right answer', () => {
		const text = [
			'W poniedziałek na Pomorzu wiatr w porywach do 60 km/h.',
			'We wtorek na Pomorzu wiatr w porywach do 90 km/h.',
			'W Tatrach wiatr halny osiągnie nawet 120 km/h w środę.',
			'Na Mazowszu będzie spokojnie, wiatr do 20 km/h.'
		].join('\n\n');
		const gap = generateQuestions(text, { max: 40 }).find((q) => q.type === 'gap' && q.answer === '60 km/h');
		expect(gap?.options).toBeDefined();
		expect(gap!.options).not.toContain('90 km/h');
	});
});

describe('a question rebuilt from a clause', () => {
	it('drops a particle that ties it to the sentence before', () => {
		const text = 'Nowe połączenie kolejowe z Gdańska do Helu będzie kursować także do 30 września.';
		const qs = generateQuestions(text, { max: 40 });
		expect(qs.some((q) => q.type === 'wh' && /^Do kiedy/.test(q.prompt))).toBe(true);
		for (const q of qs.filter((x) => x.type === 'wh')) expect(q.prompt).not.toMatch(/także/);
	});
});

describe('fewer give-aways and repeats on news-like texts', () => {
	it('does not offer a competition among towns, nor ask a role that is a verb phrase', () => {
		const text = [
			'W sobotę Jan Nowak skakał w Pucharze Kontynentalnym w Engelbergu i zajął piąte miejsce.',
			'Tydzień później skakał w Zakopanem, a w niedzielę w Innsbrucku.',
			'Wyborcy chcą, „aby następny kanclerz nazywał się Jan Nowak” – powiedział polityk partii.'
		].join('\n\n');
		const qs = generateQuestions(text, { max: 40 });
		for (const q of qs) expect(q.options, q.prompt).not.toContain('Pucharze Kontynentalnym');
		expect(qs.some((q) => /^Jaką funkcję/.test(q.prompt) && /nazywał/.test(q.answer))).toBe(false);
	});
	it('keeps the full stop of a gap at the end of its sentence', () => {
		const text =
			'Trzecią siłą w parlamencie będą Zieloni z poparciem 14,8 proc.\n\nLiberałowie zdobyli 11,5 proc.\n\nLewica uzyskała 4,9 proc.';
		const gap = generateQuestions(text, { max: 40 }).find((q) => q.type === 'gap' && q.answer === '14,8 proc.');
		expect(gap?.prompt).toMatch(/poparciem ____\.$/);
	});
	it('does not put a statement and a question on the same fact into one quiz', () => {
		const text = [
			'W 2025 roku lekarze z Lublina przeszczepili 22 serca.',
			'W 2024 roku lekarze z Lublina przeszczepili 18 serc.',
			'W 1966 roku lekarze z Lublina wykonali pierwszy przeszczep nerki.',
			'Szpital zatrudnia dziś 400 lekarzy i 900 pielęgniarek.'
		].join('\n\n');
		const quiz = generateQuestions(text, { max: 10 });
		const on2025 = quiz.filter((q) => q.evidence.sentence.startsWith('W 2025'));
		expect(on2025.filter((q) => q.type !== 'form' && q.skill !== 'vocabulary').length).toBeLessThanOrEqual(1);
	});
});

describe('a question whose clause has no subject', () => {
	it('names who it is about when the sentence before says it, and is not asked otherwise', () => {
		const text = 'Jan Nowak od lat kieruje spółką Grablex w Lesznie. W 2015 roku przejął fabrykę mebli w Gnieźnie.';
		const qs = generateQuestions(text, { max: 40 });
		expect(qs.map((q) => q.prompt)).toContain('Kiedy Jan Nowak przejął fabrykę mebli w Gnieźnie?');
		const alone = generateQuestions('W 2015 roku przejął fabrykę mebli w Gnieźnie.', { max: 40 });
		expect(alone.some((q) => q.type === 'wh' && /^Kiedy przejął/.test(q.prompt))).toBe(false);
	});
});
