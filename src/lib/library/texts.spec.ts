import { describe, expect, it } from 'vitest';
import { readability } from '../polish/readability';
import { generateQuestions } from '../questions/generate';
import { LIBRARY_LEVELS, libraryTexts, parseLibraryText, type LibraryLevel } from './texts';

// What a learner would notice: the right length for the level, enough questions, a difficulty near the label.
const WORDS: Record<LibraryLevel, [number, number]> = { A1: [60, 120], A2: [100, 180], B1: [150, 300], B2: [220, 400] };
const MIN_QUESTIONS: Record<LibraryLevel, number> = { A1: 4, A2: 4, B1: 6, B2: 6 };
// readability() bands start at A2 (its easiest band, FOG < 7); A1 sits one step below it.
const ORDER = ['A1', 'A2', 'B1', 'B2', 'C1'];

const texts = libraryTexts();

describe('library texts', () => {
	it('has at least 40 texts, at least 10 per level', () => {
		expect(texts.length).toBeGreaterThanOrEqual(40);
		for (const level of LIBRARY_LEVELS) expect(texts.filter((t) => t.level === level).length, level).toBeGreaterThanOrEqual(10);
	});

	it('has unique slugs and titles', () => {
		expect(new Set(texts.map((t) => t.slug)).size).toBe(texts.length);
		expect(new Set(texts.map((t) => t.title.toLowerCase())).size).toBe(texts.length);
	});

	it('has valid headers: a title, a topic, 5–10 keywords, a level matching the file name', () => {
		for (const t of texts) {
			expect(t.slug, t.slug).toMatch(/^\d\d-(a1|a2|b1|b2)-[a-z0-9-]+$/);
			expect(t.slug.split('-')[1].toUpperCase(), t.slug).toBe(t.level);
			expect(t.title.length, t.slug).toBeGreaterThan(2);
			expect(t.topic.length, t.slug).toBeGreaterThan(2);
			expect(t.keywords.length, t.slug).toBeGreaterThanOrEqual(5);
			expect(t.keywords.length, t.slug).toBeLessThanOrEqual(10);
			for (const k of t.keywords) expect(k, t.slug).toMatch(/^\p{L}[\p{L} -]*\p{L}$/u);
		}
	});

	it('keeps each text within its level’s word range', () => {
		for (const t of texts) {
			const [lo, hi] = WORDS[t.level];
			expect(t.words, `${t.slug}: ${t.words} words`).toBeGreaterThanOrEqual(lo);
			expect(t.words, `${t.slug}: ${t.words} words`).toBeLessThanOrEqual(hi);
		}
	});

	it('is estimated by readability() within one level of its label', () => {
		for (const t of texts) {
			const r = readability(t.text);
			const gap = Math.abs(ORDER.indexOf(r.band) - ORDER.indexOf(t.level));
			expect(gap, `${t.slug}: ${t.level} estimated ${r.band} (FOG ${r.fog})`).toBeLessThanOrEqual(1);
		}
	});

	for (const t of texts) {
		it(`${t.slug}: gives enough questions (${MIN_QUESTIONS[t.level]}+)`, () => {
			const qs = generateQuestions(t.text, { max: 12 });
			expect(qs.length, qs.map((q) => q.prompt).join('\n')).toBeGreaterThanOrEqual(MIN_QUESTIONS[t.level]);
			for (const q of qs) expect(t.text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.sentence);
		});
	}
});

describe('parseLibraryText', () => {
	it('reads the header and joins the paragraphs with one blank line', () => {
		const t = parseLibraryText(
			'99-a1-test',
			'title: Test\nlevel: A1\ntopic: dom\nkeywords: dom, kot\n\nAla ma kota.\nKot jest mały.\n\n\nTo jest dom.\n'
		);
		expect(t).toEqual({
			slug: '99-a1-test',
			title: 'Test',
			level: 'A1',
			topic: 'dom',
			keywords: ['dom', 'kot'],
			text: 'Ala ma kota. Kot jest mały.\n\nTo jest dom.',
			words: 9
		});
	});

	it('rejects a missing field, an unknown level and a missing blank line', () => {
		expect(() => parseLibraryText('x', 'title: T\nlevel: A1\ntopic: t\n\nTekst.')).toThrow(/keywords/);
		expect(() => parseLibraryText('x', 'title: T\nlevel: C2\ntopic: t\nkeywords: a\n\nTekst.')).toThrow(/level/);
		expect(() => parseLibraryText('x', 'title: T\nlevel: A1\ntopic: t\nkeywords: a\nTekst.')).toThrow(/header/);
	});
});
