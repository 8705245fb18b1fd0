// A morfologik stemming dictionary: a CFSA2 automaton over "form SEP encodedLemma SEP tags"
// byte sequences plus the .info metadata that says how the lemma is encoded.
import { Cfsa2 } from './morfologik-fsa';

export interface DictMetadata {
	separator: number;
	encoding: string;
	usesPrefixes: boolean;
	usesInfixes: boolean;
}

export interface DictEntry {
	lemma: string;
	/** One tag string per reading, e.g. ['subst:pl:gen:m1', 'subst:pl:acc:m1']. */
	tags: string[];
}

/** Parses a Java-properties style .info file (only the keys the lookup needs). */
export function parseInfo(text: string): DictMetadata {
	const props = new Map<string, string>();
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (!line || line.startsWith('#') || line.startsWith('!')) continue;
		const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
		if (m) props.set(m[1], m[2].trim());
	}
	const sep = props.get('fsa.dict.separator') ?? '+';
	return {
		separator: sep.charCodeAt(0),
		encoding: (props.get('fsa.dict.encoding') ?? 'UTF-8').toLowerCase(),
		usesPrefixes: props.get('fsa.dict.uses-prefixes') === 'true',
		usesInfixes: props.get('fsa.dict.uses-infixes') === 'true'
	};
}

export class MorfologikDictionary {
	private readonly fsa: Cfsa2;
	private readonly encoder = new TextEncoder();
	private readonly decoder: TextDecoder;

	constructor(
		dictBytes: Uint8Array,
		readonly meta: DictMetadata
	) {
		this.fsa = new Cfsa2(dictBytes);
		this.decoder = new TextDecoder(meta.encoding === 'utf8' ? 'utf-8' : meta.encoding);
		if (meta.encoding.replace('-', '') !== 'utf8') {
			throw new Error(`only UTF-8 dictionaries are supported, got ${meta.encoding}`);
		}
	}

	/** Exact (case-sensitive) lookup; an empty array when the form is not in the dictionary. */
	lookup(form: string): DictEntry[] {
		if (!form || form.includes(String.fromCharCode(this.meta.separator))) return [];
		const bytes = this.encoder.encode(form);
		const node = this.fsa.walk(bytes);
		if (node <= 0) return [];
		const sepArc = this.fsa.findArc(node, this.meta.separator);
		if (sepArc === 0 || this.fsa.isFinal(sepArc)) return [];
		const byLemma = new Map<string, string[]>();
		const lemmaByCode = new Map<string, string>();
		for (const seq of this.fsa.sequencesFrom(this.fsa.target(sepArc))) {
			let sep = seq.indexOf(this.meta.separator);
			if (sep < 0) sep = seq.length;
			// Many readings share one lemma code; decode each code once per lookup.
			const code = latin1(seq, 0, sep);
			let lemma = lemmaByCode.get(code);
			if (lemma === undefined) {
				lemma = utf8(this.decodeLemma(bytes, seq.subarray(0, sep)), this.decoder);
				lemmaByCode.set(code, lemma);
			}
			const tagText = utf8(seq.subarray(sep + 1), this.decoder);
			const tags = byLemma.get(lemma) ?? [];
			for (const t of tagText.split(/[+|]/)) if (t && !tags.includes(t)) tags.push(t);
			byLemma.set(lemma, tags);
		}
		return [...byLemma].map(([lemma, tags]) => ({ lemma, tags }));
	}

	/**
	 * Undoes the sequence encoder: the first code byte ('A' + n) says how many bytes to cut
	 * from the start of the form (prefix mode) or end (suffix mode); with prefixes the second
	 * byte says how many to cut from the end; then the literal lemma tail follows.
	 */
	private decodeLemma(form: Uint8Array, code: Uint8Array): Uint8Array {
		const A = 0x41;
		const { usesPrefixes, usesInfixes } = this.meta;
		const c0 = code.length > 0 ? code[0] - A : -1;
		if (c0 >= 0) {
			if (!usesPrefixes && !usesInfixes && c0 <= form.length) {
				return concat(form.subarray(0, form.length - c0), code.subarray(1));
			}
			if (usesPrefixes && !usesInfixes && code.length > 1) {
				const endCut = code[1] - A;
				if (c0 + endCut <= form.length) {
					return concat(form.subarray(c0, form.length - endCut), code.subarray(2));
				}
			}
			if (usesInfixes && code.length > 2) {
				// Infix mode: keep c0 bytes, drop the next code[1]-A, cut code[2]-A from the end.
				const resume = c0 + code[1] - A;
				const endCut = code[2] - A;
				if (resume + endCut <= form.length) {
					return concat(form.subarray(0, c0), form.subarray(resume, form.length - endCut), code.subarray(3));
				}
			}
		}
		// Malformed or literal entry: the code is the lemma itself.
		return code;
	}
}

/** Bytes as a 1:1 char string: a cheap map key. */
function latin1(b: Uint8Array, from: number, to: number): string {
	let s = '';
	for (let i = from; i < to; i++) s += String.fromCharCode(b[i]);
	return s;
}

/** UTF-8 decoding with a fast path for ASCII (all tags, many lemmas). */
function utf8(b: Uint8Array, decoder: TextDecoder): string {
	for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return decoder.decode(b);
	return latin1(b, 0, b.length);
}

function concat(...parts: Uint8Array[]): Uint8Array {
	let len = 0;
	for (const p of parts) len += p.length;
	const out = new Uint8Array(len);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
