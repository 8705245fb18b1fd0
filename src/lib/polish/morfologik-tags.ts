// Reads PoliMorf / NKJP-style tags such as "adj:sg:nom.voc:m1.m2.m3:pos". A dot inside a
// field lists alternatives (nom.voc = nominative or vocative), so every field is an array.

export interface TagFeatures {
	pos: string;
	number: string[];
	case: string[];
	gender: string[];
	person: string[];
	degree: string[];
	aspect: string[];
	/** Fields not covered above, e.g. 'praet', 'fin', 'refl', 'nonrefl', 'pun'. */
	other: string[];
}

const CATEGORY: Record<string, keyof Omit<TagFeatures, 'pos' | 'other'>> = {
	sg: 'number',
	pl: 'number',
	nom: 'case',
	gen: 'case',
	dat: 'case',
	acc: 'case',
	inst: 'case',
	loc: 'case',
	voc: 'case',
	m: 'gender',
	m1: 'gender',
	m2: 'gender',
	m3: 'gender',
	f: 'gender',
	n: 'gender',
	n1: 'gender',
	n2: 'gender',
	p1: 'gender',
	p2: 'gender',
	p3: 'gender',
	pri: 'person',
	sec: 'person',
	ter: 'person',
	pos: 'degree',
	com: 'degree',
	sup: 'degree',
	imperf: 'aspect',
	perf: 'aspect'
};

export function parseTag(tag: string): TagFeatures {
	const [pos = '', ...fields] = tag.split(':');
	const out: TagFeatures = { pos, number: [], case: [], gender: [], person: [], degree: [], aspect: [], other: [] };
	for (const field of fields) {
		for (const value of field.split('.')) {
			if (!value) continue;
			const cat = CATEGORY[value];
			const list = cat ? out[cat] : out.other;
			if (!list.includes(value)) list.push(value);
		}
	}
	return out;
}

/** True when the tag allows every given value, e.g. tagHas('subst:pl:gen.acc:m1', 'pl', 'gen'). */
export function tagHas(tag: string, ...values: string[]): boolean {
	const [pos, ...fields] = tag.split(':');
	const present = new Set<string>([pos]);
	for (const f of fields) for (const v of f.split('.')) present.add(v);
	return values.every((v) => present.has(v));
}
