// Reader for morfologik's CFSA2 automaton format (header "\fsa", version byte 0xc6).
// Works on the raw bytes without any preprocessing, so "loading" is just reading the file.
//
// Layout after the header: a sequence of nodes; each node is a list of arcs. An arc is
//   flags byte: N (target is the node right after this node's last arc) | L (last arc)
//               | F (final: a sequence may end here) | 5-bit index into the label table
//   explicit label byte, present only when the index is 0
//   v-coded target address (7 bits per byte, low bits first), absent when N is set.

const VERSION_CFSA2 = 0xc6;
const BIT_TARGET_NEXT = 0x80;
const BIT_LAST_ARC = 0x40;
const BIT_FINAL_ARC = 0x20;
const LABEL_INDEX_MASK = 0x1f;
const FLAG_NUMBERS = 1 << 8;

export class Cfsa2 {
	private readonly arcs: Uint8Array;
	private readonly labels: Uint8Array;
	private readonly hasNumbers: boolean;
	readonly root: number;

	constructor(bytes: Uint8Array) {
		if (bytes.length < 8 || bytes[0] !== 0x5c || bytes[1] !== 0x66 || bytes[2] !== 0x73 || bytes[3] !== 0x61) {
			throw new Error('not a morfologik FSA file (bad magic)');
		}
		if (bytes[4] !== VERSION_CFSA2) {
			throw new Error(`unsupported FSA version 0x${bytes[4].toString(16)} (only CFSA2 is read)`);
		}
		const flags = (bytes[5] << 8) | bytes[6];
		this.hasNumbers = (flags & FLAG_NUMBERS) !== 0;
		const labelCount = bytes[7];
		this.labels = bytes.subarray(8, 8 + labelCount);
		this.arcs = bytes.subarray(8 + labelCount);
		// Node 0 is a dummy whose single arc points at the real root.
		this.root = this.target(this.firstArc(0));
	}

	firstArc(node: number): number {
		if (!this.hasNumbers) return node;
		let p = node;
		while (this.arcs[p++] & 0x80);
		return p;
	}

	/** Offset of the next arc of the same node, or 0 after the last arc. */
	nextArc(arc: number): number {
		return this.arcs[arc] & BIT_LAST_ARC ? 0 : this.skipArc(arc);
	}

	label(arc: number): number {
		const index = this.arcs[arc] & LABEL_INDEX_MASK;
		return index > 0 ? this.labels[index] : this.arcs[arc + 1];
	}

	isFinal(arc: number): boolean {
		return (this.arcs[arc] & BIT_FINAL_ARC) !== 0;
	}

	/** Node the arc leads to; 0 means the arc is terminal (no outgoing arcs). */
	target(arc: number): number {
		const a = this.arcs;
		if (a[arc] & BIT_TARGET_NEXT) {
			while (!(a[arc] & BIT_LAST_ARC)) arc = this.skipArc(arc);
			return this.skipArc(arc);
		}
		let p = arc + ((a[arc] & LABEL_INDEX_MASK) === 0 ? 2 : 1);
		let b = a[p];
		let value = b & 0x7f;
		for (let shift = 7; b & 0x80; shift += 7) {
			b = a[++p];
			value += (b & 0x7f) * 2 ** shift;
		}
		return value;
	}

	findArc(node: number, label: number): number {
		for (let arc = this.firstArc(node); arc !== 0; arc = this.nextArc(arc)) {
			if (this.label(arc) === label) return arc;
		}
		return 0;
	}

	/**
	 * Walks `input` from `node`; returns the node reached after the last byte, or -1 when
	 * the automaton has no such path.
	 */
	walk(input: Uint8Array, node = this.root): number {
		for (let i = 0; i < input.length; i++) {
			if (node <= 0) return -1;
			const arc = this.findArc(node, input[i]);
			if (arc === 0) return -1;
			node = this.target(arc);
		}
		return node;
	}

	/** Every byte sequence accepted starting from `node` (depth-first, in stored order). */
	sequencesFrom(node: number, limit = 1000): Uint8Array[] {
		const out: Uint8Array[] = [];
		if (node <= 0) return out;
		// Explicit stack of arcs instead of recursion: this runs for every lookup.
		const path = new Uint8Array(512);
		const stack: number[] = [this.firstArc(node)];
		while (stack.length > 0 && out.length < limit) {
			const depth = stack.length - 1;
			const arc = stack[depth];
			if (arc === 0) {
				stack.pop();
				if (stack.length > 0) stack[stack.length - 1] = this.nextArc(stack[stack.length - 1]);
				continue;
			}
			path[depth] = this.label(arc);
			if (this.isFinal(arc)) out.push(path.slice(0, depth + 1));
			const next = this.target(arc);
			if (next !== 0 && depth + 1 < path.length) stack.push(this.firstArc(next));
			else stack[depth] = this.nextArc(arc);
		}
		return out;
	}

	private skipArc(arc: number): number {
		const flag = this.arcs[arc++];
		if ((flag & LABEL_INDEX_MASK) === 0) arc++;
		if ((flag & BIT_TARGET_NEXT) === 0) {
			while (this.arcs[arc++] & 0x80);
		}
		return arc;
	}
}
