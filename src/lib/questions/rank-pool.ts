// The ranking's candidates, built on demand. A long article gives thousands of drafts, of which a quiz
// shows a dozen; each source of drafts knows the most its drafts can score, so a source is built only
// once it could beat the best draft already built. The ranking then sees, in the same order, exactly
// the drafts that could matter to it, and picks what it would pick with every draft built first.
import type { Skill } from '../domain/skills';
import type { Draft } from './generate-forms';

/** The types and skills of the drafts a source gives: one object for all sources alike. */
export interface SourceKind {
	types: readonly Draft['type'][];
	skills: readonly Skill[];
}

export interface DraftSource {
	kind: SourceKind;
	/** No draft of this source scores above it (see draftScore in rank.ts). */
	bound: number;
	/** The sentence all its drafts are about, if one. */
	sentence?: number;
	/** The fact its drafts are about (factId), when it builds for one fact. */
	key?: string;
	build: () => Draft[];
}

export interface PoolEntry {
	d: Draft;
	/** Score for picking: -Infinity once the draft can no longer be picked. */
	s: number;
}

/** How the ranking rates drafts in the current round. */
export interface Rating {
	/** What a draft is picked by. */
	adjusted: (e: PoolEntry) => number;
	/** The most the ranking's penalties and bonus can add to any draft of these types and skills, wherever it is. */
	headroom: (kind: SourceKind) => number;
	/** What the ranking takes off a draft for its sentence. */
	sentencePenalty: (sentence: number) => number;
}

/** Below this margin a source cannot change which draft is picked (the ranking treats scores within 1e-9 as equal). */
const MARGIN = 1e-6;

export class DraftPool {
	/** Scan order: drafts never moved, best score first (ties: built first in eager order), then drafts put back at the end. */
	readonly entries: PoolEntry[] = [];
	/** Scores as built, before any pick changed them. */
	readonly raw = new Map<Draft, number>();
	private sorted = 0;
	/** Eager order: the source's position, then the draft's within it. */
	private readonly order = new Map<Draft, [number, number]>();
	private readonly built: boolean[];
	private unbuilt: number;
	/** Sources grouped by kind, each group highest bound first. */
	private readonly groups: { kind: SourceKind; queue: number[]; next: number }[] = [];
	/** Sources by the fact they are about. */
	private byFact?: Map<string, number[]>;

	constructor(
		private readonly sources: DraftSource[],
		private readonly score: (d: Draft) => number,
		/** Called for each new draft before it joins: it may mark the entry unpickable. */
		private readonly arrive: (e: PoolEntry) => void
	) {
		this.built = sources.map(() => false);
		this.unbuilt = sources.length;
		const byKind = new Map<SourceKind, number[]>();
		sources.forEach((src, i) => (byKind.get(src.kind) ?? byKind.set(src.kind, []).get(src.kind)!).push(i));
		for (const [kind, queue] of byKind) {
			queue.sort((x, y) => sources[y].bound - sources[x].bound || x - y);
			this.groups.push({ kind, queue, next: 0 });
		}
	}

	buildAll(): void {
		this.sources.forEach((_, i) => this.build(i));
	}

	/**
	 * Builds sources until none left could reach `best`, raised by what they give: the best adjusted score of the
	 * drafts built. True when something was built (the pick must then be looked for again).
	 */
	fill({ adjusted, headroom, sentencePenalty }: Rating, best: number): boolean {
		if (this.unbuilt === 0) return false;
		// Penalties change only between picks: one headroom per group for the whole fill.
		const rooms = this.groups.map((g) => headroom(g.kind));
		let grew = false;
		for (;;) {
			let pick = -1;
			let top = -Infinity;
			this.groups.forEach((g, n) => {
				while (g.next < g.queue.length && this.built[g.queue[g.next]]) g.next++;
				// Within a group only a sentence's penalty tells sources apart, so the first that reaches is the one.
				for (let k = g.next; k < g.queue.length; k++) {
					const i = g.queue[k];
					const src = this.sources[i];
					const ub = src.bound + rooms[n];
					if (ub < Math.max(top, best - MARGIN)) break;
					if (this.built[i]) continue;
					const own = src.sentence === undefined ? ub : ub - sentencePenalty(src.sentence);
					if (own >= best - MARGIN && own > top) {
						top = own;
						pick = i;
						break;
					}
				}
			});
			if (pick < 0) return grew;
			grew = true;
			for (const e of this.build(pick)) if (e.s !== -Infinity) best = Math.max(best, adjusted(e));
		}
	}

	/** Builds every source that may give a draft about this fact. */
	buildFact(key: string): void {
		if (!this.byFact) {
			this.byFact = new Map();
			this.sources.forEach(
				(src, i) => src.key !== undefined && (this.byFact!.get(src.key) ?? this.byFact!.set(src.key, []).get(src.key)!).push(i)
			);
		}
		for (const i of this.byFact.get(key) ?? []) this.build(i);
	}

	/** Takes the entry at i out of the scan order. */
	take(i: number): PoolEntry {
		const [e] = this.entries.splice(i, 1);
		if (i < this.sorted) this.sorted--;
		return e;
	}

	/** Puts an entry back, after every other. */
	putBack(e: PoolEntry): void {
		this.entries.push(e);
	}

	private build(i: number): PoolEntry[] {
		if (this.built[i]) return [];
		this.built[i] = true;
		this.unbuilt--;
		return this.sources[i].build().map((d, j) => {
			const e = { d, s: this.score(d) };
			this.order.set(d, [i, j]);
			this.raw.set(d, e.s);
			this.arrive(e);
			this.entries.splice(this.place(e.d), 0, e);
			this.sorted++;
			return e;
		});
	}

	/** Where d goes among the drafts never moved: after every one scoring higher, or as high and built before it. */
	private place(d: Draft): number {
		const s = this.raw.get(d)!;
		const [i, j] = this.order.get(d)!;
		let lo = 0;
		let hi = this.sorted;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			const x = this.entries[mid].d;
			const r = this.raw.get(x)!;
			const [xi, xj] = this.order.get(x)!;
			if (r > s || (r === s && (xi < i || (xi === i && xj < j)))) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}
