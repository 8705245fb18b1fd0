// Named entities that turn up in Polish news pages. Unknown names are left as written: a visible
// "&foo;" is easier for a teacher to spot and fix than a silently dropped character.
const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
	ndash: '–', mdash: '—', minus: '−', hellip: '…', bull: '•', middot: '·',
	laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚',
	copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', sect: '§', para: '¶', times: '×', divide: '÷',
	frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', permil: '‰', prime: '′', Prime: '″',
	thinsp: ' ', ensp: ' ', emsp: ' ', zwnj: '', zwj: '', lrm: '', rlm: '',
	aogon: 'ą', Aogon: 'Ą', cacute: 'ć', Cacute: 'Ć', eogon: 'ę', Eogon: 'Ę', lstrok: 'ł', Lstrok: 'Ł',
	nacute: 'ń', Nacute: 'Ń', oacute: 'ó', Oacute: 'Ó', sacute: 'ś', Sacute: 'Ś',
	zacute: 'ź', Zacute: 'Ź', zdot: 'ż', Zdot: 'Ż',
	auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', Eacute: 'É',
	egrave: 'è', aacute: 'á', iacute: 'í', uacute: 'ú', ccaron: 'č', scaron: 'š', zcaron: 'ž'
};

function fromCodePoint(n: number): string {
	// NUL, surrogates and out-of-range values are what browsers replace with U+FFFD; we drop them.
	if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '';
	if (n === 0xa0) return ' ';
	return String.fromCodePoint(n);
}

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const hex = name[1] === 'x' || name[1] === 'X';
			return fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
		}
		const value = NAMED[name];
		// Without its semicolon only the classic entities are recognised ("&amp" yes, "&copyright" no).
		if (value === undefined || (!whole.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'nbsp'].includes(name))) return whole;
		return value;
	});
}
