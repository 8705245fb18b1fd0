// Two pupils may share a name. Usernames already differ (jan.kowalski, jan.kowalski2), but lists and login
// cards show display names, so a repeated name gets a number: "Jan Kowalski", "Jan Kowalski (2)".
const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('pl');

export interface NamePlan {
	/** One per name given, in order: the name itself or the name with its number. */
	displayNames: string[];
	/** Names given more than once, or already in the class: how many there will be, and how the new ones will show. */
	repeats: { name: string; count: number; shown: string[] }[];
}

/** `existing`: display names already in the class, so a new "Jan Kowalski" next to one in the class is "(2)". */
export function planNames(names: string[], existing: string[] = []): NamePlan {
	const taken = new Set(existing.map(key));
	const count = new Map<string, number>();
	for (const name of [...existing, ...names]) count.set(key(name), (count.get(key(name)) ?? 0) + 1);
	const last = new Map<string, number>();
	for (const name of existing) last.set(key(name), 1);
	const displayNames = names.map((name) => {
		let n = (last.get(key(name)) ?? 0) + 1;
		if (n > 1) while (taken.has(key(`${name} (${n})`))) n++;
		last.set(key(name), n);
		const shown = n === 1 ? name : `${name} (${n})`;
		taken.add(key(shown));
		return shown;
	});
	const repeats = [...new Set(names.map(key))]
		.filter((k) => count.get(k)! > 1)
		.map((k) => ({
			name: names.find((n) => key(n) === k)!,
			count: count.get(k)!,
			shown: displayNames.filter((_, i) => key(names[i]) === k)
		}));
	return { displayNames, repeats };
}
