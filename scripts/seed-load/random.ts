/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same school every time. */
export function rng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
		pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]
	};
}

/** UUID-shaped ids from the generator, far cheaper than crypto for a million rows and reproducible. */
export function idMaker(r: ReturnType<typeof rng>) {
	const hex = (n: number) =>
		Math.floor(r.next() * 16 ** n)
			.toString(16)
			.padStart(n, '0');
	return () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(6)}${hex(6)}`;
}
