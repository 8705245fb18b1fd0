import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, isKnownWord, lemmas, loadMorphology, morphologyInfo, parseTag, tagHas, useFallbackMorphology } from './morphology';
import { defaultDictPath } from './morfologik-file';

const dictPath = defaultDictPath();
const haveDict = !!dictPath && existsSync(dictPath);

const tagsOf = (word: string, lemma: string) => analyze(word).find((a) => a.lemma === lemma)?.tags ?? [];

describe.skipIf(!haveDict)('morphology with PoliMorf', () => {
	beforeAll(() => {
		useFallbackMorphology(false);
		loadMorphology();
	});

	it('loads the dictionary (its load time is in npm run bench)', () => {
		const stats = loadMorphology();
		expect(stats.source).toBe('polimorf');
		expect(morphologyInfo().source).toBe('polimorf');
	});

	it('keeps proper-noun capitals in analyses but lowercases lemmas()', () => {
		expect(tagsOf('Warszawie', 'Warszawa').some((t) => tagHas(t, 'subst', 'sg', 'loc'))).toBe(true);
		expect(lemmas('Warszawie')).toEqual(['warszawa']);
		expect(lemmas('warszawie')).toContain('warszawa');
		expect(analyze('Kijowie').map((a) => a.lemma)).toContain('Kijów');
	});

	it('finds lemma and tags of inflected nouns and verbs', () => {
		expect(tagsOf('żołnierzy', 'żołnierz').some((t) => tagHas(t, 'pl', 'gen', 'm1'))).toBe(true);
		expect(lemmas('gwarancji')).toEqual(['gwarancja']);
		expect(lemmas('tysiące')).toContain('tysiąc');
		expect(tagsOf('powstała', 'powstać').some((t) => tagHas(t, 'verb', 'praet', 'f'))).toBe(true);
		expect(lemmas('najlepszy')).toEqual(['dobry']);
		expect(lemmas('Jest')).toContain('być');
	});

	it('splits several readings into separate tags', () => {
		const tags = tagsOf('gwarancji', 'gwarancja');
		expect(tags.length).toBeGreaterThan(2);
		expect(tags.every((t) => !/[+|]/.test(t))).toBe(true);
	});

	it('treats unknown words as unknown', () => {
		expect(analyze('Stoltenberg')).toEqual([]);
		expect(isKnownWord('qwertyuiop')).toBe(false);
		expect(isKnownWord('granicy')).toBe(true);
		expect(lemmas('Stoltenberg')).toEqual(['stoltenberg']);
	});
});

describe('rule-based fallback', () => {
	beforeAll(() => useFallbackMorphology(true));
	afterAll(() => useFallbackMorphology(false));

	it('reports the fallback and marks analyses as guesses', () => {
		expect(morphologyInfo().source).toBe('fallback');
		expect(analyze('Warszawie').every((a) => a.guessed)).toBe(true);
	});

	it('guesses lemmas of regular forms from suffixes', () => {
		expect(lemmas('Warszawie')).toContain('warszawa');
		expect(lemmas('gwarancji')).toContain('gwarancja');
		expect(lemmas('żołnierzy')).toContain('żołnierz');
		expect(lemmas('powstała')).toContain('powstać');
		expect(lemmas('Krakowie')).toContain('kraków');
		expect(lemmas('budują')).toContain('budować');
	});

	it('knows frequent irregular forms from its word list', () => {
		expect(lemmas('jest')).toEqual(['być']);
		expect(lemmas('tysiące')).toEqual(['tysiąc']);
		expect(isKnownWord('ludzi')).toBe(true);
		expect(isKnownWord('qwerty')).toBe(false);
	});
});

describe('parseTag', () => {
	it('splits dotted alternatives into feature lists', () => {
		const f = parseTag('adj:sg:nom.voc:m1.m2.m3:pos');
		expect(f.pos).toBe('adj');
		expect(f.case).toEqual(['nom', 'voc']);
		expect(f.gender).toEqual(['m1', 'm2', 'm3']);
		expect(f.degree).toEqual(['pos']);
		expect(parseTag('verb:praet:sg:f:ter:perf:nonrefl').other).toEqual(['praet', 'nonrefl']);
	});
});
