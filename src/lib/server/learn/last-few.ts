/**
 * compute(key), remembered for the last `size` keys used (the oldest entry goes first). For results that
 * depend on the key alone and are read far more often than made: parsed article text, date labels.
 */
export function lastFew<K, V>(size: number, compute: (key: K) => V): (key: K) => V {
	const kept = new Map<K, V>();
	return (key) => {
		let value = kept.get(key);
		if (value === undefined) {
			value = compute(key);
			if (kept.size >= size) kept.delete(kept.keys().next().value as K);
		} else kept.delete(key);
		kept.set(key, value);
		return value;
	};
}
