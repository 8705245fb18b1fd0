import { describe, expect, it } from 'vitest';
import { Cfsa2 } from './morfologik-fsa';

// Hand-assembled CFSA2 automaton accepting "ab" and "ac" (explicit labels, no label table).
function tinyAutomaton(): Uint8Array {
	const header = [0x5c, 0x66, 0x73, 0x61, 0xc6, 0x00, 0x07, 0x00];
	const arcs = [
		0x40,
		0x00,
		0x03, // node 0: dummy arc whose goto (3) is the root
		0xc0,
		0x61, // root: 'a', last arc, target is the node right after it
		0x20,
		0x62,
		0x00, // 'b', final, terminal
		0x60,
		0x63,
		0x00 // 'c', final, last, terminal
	];
	return Uint8Array.from([...header, ...arcs]);
}

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('Cfsa2', () => {
	it('follows arcs and enumerates the accepted continuations', () => {
		const fsa = new Cfsa2(tinyAutomaton());
		const afterA = fsa.walk(bytes('a'));
		expect(afterA).toBeGreaterThan(0);
		expect(fsa.sequencesFrom(afterA).map(text)).toEqual(['b', 'c']);
		expect(fsa.sequencesFrom(fsa.root).map(text)).toEqual(['ab', 'ac']);
	});

	it('reports missing paths', () => {
		const fsa = new Cfsa2(tinyAutomaton());
		expect(fsa.walk(bytes('x'))).toBe(-1);
		expect(fsa.walk(bytes('abz'))).toBe(-1);
	});

	it('rejects files that are not CFSA2', () => {
		expect(() => new Cfsa2(bytes('hello world'))).toThrow(/magic/);
		const fsa5 = tinyAutomaton();
		fsa5[4] = 5;
		expect(() => new Cfsa2(fsa5)).toThrow(/version/);
	});
});
