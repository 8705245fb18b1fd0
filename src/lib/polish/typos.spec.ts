import { describe, expect, it } from 'vitest';
import { looksLikeTypo } from './typos';
import { morphologyInfo } from './morphology';

describe.runIf(morphologyInfo().source === 'polimorf')('typos of a page', () => {
	it('flags an unknown word one small edit away from a known one', () => {
		for (const w of ['przesunać', 'religine', 'więć', 'polskich'.replace('l', 'll')]) expect(looksLikeTypo(w), w).toBe(true);
	});
	it('leaves known words and new words that are not near any known one', () => {
		for (const w of ['granicy', 'żołnierzy', 'koronawirusa', 'cyberatak']) expect(looksLikeTypo(w), w).toBe(false);
	});
});
