import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from './generate';
import { EXPECTATIONS } from './corpus/expectations';
import { lintQuestions } from './lint';

const dir = join(import.meta.dirname, 'corpus');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort();
const texts = files.map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const generated = new Map(texts.map((t) => [t.name, generateQuestions(t.text, { max: 40 })]));

describe('golden corpus: questions a teacher would ask', () => {
	it('has the seed and at least 12 own texts, each with expectations', () => {
		expect(files.length).toBeGreaterThanOrEqual(13);
		for (const f of files) expect(EXPECTATIONS[f], f).toBeDefined();
	});
	for (const [file, list] of Object.entries(EXPECTATIONS)) {
		for (const exp of list) {
			it(`${file}: ${String(exp.answer)}`, () => {
				const qs = generated.get(file)!;
				const match = qs.find(
					(q) => (typeof exp.answer === 'string' ? q.answer === exp.answer : exp.answer.test(q.answer)) && exp.prompt.test(q.prompt)
				);
				expect(match, qs.map((q) => `${q.type}: ${q.prompt} -> ${q.answer}`).join('\n')).toBeDefined();
			});
		}
	}
});

describe('properties over every corpus text', () => {
	for (const { name, text } of texts) {
		describe(name, () => {
			const qs = generated.get(name)!;
			it('yields a useful number of questions', () => expect(qs.length).toBeGreaterThanOrEqual(8));
			it('produces nothing the surface check would catch, even before its gate', () => {
				const flagged = lintQuestions(generateQuestions(text, { max: 40, gate: false }), text).filter((p) => p.kinds.length);
				expect(flagged.map((p) => `${p.kinds.join(',')}: ${p.question.prompt}`)).toEqual([]);
			});
			it('never puts the answer in the prompt', () => {
				for (const q of qs) expect(q.prompt.toLowerCase(), q.prompt).not.toContain(q.answer.toLowerCase());
			});
			it('takes evidence spans that match the text', () => {
				for (const q of qs) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.sentence);
			});
			it('finds gap, choice and time/quantity wh answers in their evidence sentence', () => {
				for (const q of qs) {
					if (q.type === 'truefalse' || q.type === 'order' || q.skill === 'person') continue;
					expect(q.evidence.sentence.toLowerCase(), q.prompt).toContain(q.answer.toLowerCase());
				}
			});
			it('names a person who is in the evidence sentence or the text', () => {
				for (const q of qs.filter((x) => x.skill === 'person')) expect(text).toContain(q.answer.split(' ').pop()!);
			});
			it('is deterministic and has unique keys', () => {
				expect(generateQuestions(text, { max: 40 })).toEqual(qs);
				expect(new Set(qs.map((q) => q.key)).size).toBe(qs.length);
			});
			it('ends wh and choice prompts with "?" and keeps options consistent', () => {
				for (const q of qs) {
					if (q.type === 'wh' || q.type === 'choice') expect(q.prompt.endsWith('?'), q.prompt).toBe(true);
					if (q.type === 'gap') expect(q.prompt).toContain('____');
					if (q.type === 'gap' || q.type === 'choice') {
						expect(q.options).toContain(q.answer);
						expect(new Set(q.options).size).toBe(q.options.length);
					}
					if (q.type === 'truefalse') expect(q.options).toEqual(['Prawda', 'Fałsz']);
					if (q.type === 'order') {
						expect([...q.options].sort()).toEqual(q.answer.split('\n').sort());
						expect(q.options.join('\n')).not.toBe(q.answer);
					}
				}
			});
			it('ranks best first with sane scores and difficulty', () => {
				for (let i = 1; i < qs.length; i++) expect(qs[i].score).toBeLessThanOrEqual(qs[i - 1].score);
				for (const q of qs) expect([1, 2, 3]).toContain(q.difficulty);
			});
			it('has no near-duplicate prompts', () => {
				const prompts = qs.map((q) => q.prompt);
				expect(new Set(prompts).size).toBe(prompts.length);
			});
			it('mixes question types and skills in the top 10', () => {
				const top = qs.slice(0, 10);
				expect(new Set(top.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
				expect(new Set(top.map((q) => q.skill)).size).toBeGreaterThanOrEqual(2);
			});
		});
	}
});
