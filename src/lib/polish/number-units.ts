/**
 * Units of measure, currencies and percent that may follow a number, mapped to one canonical
 * symbol so "200 kilometrów" and "200 km" compare equal. Counted nouns ("osób", "żołnierzy")
 * are deliberately absent: the question generator decides about those.
 */
const UNIT_FORMS: [string, string[]][] = [
	['km²', ['km2', 'km²', 'km kw.', 'kilometrów kwadratowych', 'kilometry kwadratowe', 'kilometra kwadratowego', 'kilometr kwadratowy']],
	['m²', ['m2', 'm²', 'm kw.', 'metrów kwadratowych', 'metry kwadratowe', 'metra kwadratowego', 'metr kwadratowy']],
	['km/h', ['km/h', 'kilometrów na godzinę', 'kilometry na godzinę']],
	[
		'km',
		['km', 'kilometr', 'kilometra', 'kilometrów', 'kilometry', 'kilometrach', 'kilometrami', 'kilometrom', 'kilometrze', 'kilometrem']
	],
	['cm', ['cm', 'centymetr', 'centymetra', 'centymetrów', 'centymetry', 'centymetrach']],
	['mm', ['mm', 'milimetr', 'milimetra', 'milimetrów', 'milimetry', 'milimetrach']],
	['m', ['m', 'metr', 'metra', 'metrów', 'metry', 'metrach', 'metrami', 'metrze', 'metrem']],
	['ha', ['ha', 'hektar', 'hektara', 'hektarów', 'hektary', 'hektarach', 'hektarami']],
	['kg', ['kg', 'kilogram', 'kilograma', 'kilogramów', 'kilogramy', 'kilogramach']],
	['t', ['t', 'ton', 'tona', 'tony', 'tonę', 'tonach', 'tonami']],
	['l', ['l', 'litr', 'litra', 'litrów', 'litry', 'litrach']],
	['°C', ['°C', '° C', 'stopni Celsjusza', 'stopnie Celsjusza', 'stopień Celsjusza', 'stopnia Celsjusza']],
	['MW', ['MW', 'megawatów', 'megawaty', 'megawat']],
	['GW', ['GW', 'gigawatów', 'gigawaty', 'gigawat']],
	['kWh', ['kWh']],
	['MWh', ['MWh']],
	['zł', ['zł', 'złoty', 'złote', 'złotych', 'złotego', 'złotymi', 'złotówek', 'złotówki', 'PLN']],
	['EUR', ['euro', 'EUR', '€']],
	['USD', ['dolar', 'dolara', 'dolary', 'dolarów', 'dolarach', 'dolarami', 'dolarom', 'USD', '$']],
	['GBP', ['funt', 'funta', 'funty', 'funtów', 'GBP', '£']],
	['CHF', ['franków szwajcarskich', 'franki szwajcarskie', 'franka szwajcarskiego', 'CHF']],
	['pp', ['pkt proc.', 'p.p.', 'pp.', 'punktów procentowych', 'punkty procentowe', 'punktu procentowego', 'punkt procentowy']],
	['%', ['%', 'proc.', 'proc', 'procent', 'procenta', 'procentów', 'procenty', 'procentach', 'procentami', 'procentom']]
];

/** Single letters are only units when written exactly so ("5 m", not "5 M"). */
const CASE_SENSITIVE = new Set(['m', 't', 'l', 'MW', 'GW']);

const entries = UNIT_FORMS.flatMap(([canon, forms]) => forms.map((f) => ({ canon, form: f }))).sort(
	(a, b) => b.form.length - a.form.length
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/** Sticky matcher: optional whitespace, then the longest unit form, then no further letter. */
const UNIT_RE = new RegExp(`[ \\u00a0\\u2009\\u202f]?(${entries.map((e) => escape(e.form)).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');

export interface UnitMatch {
	unit: string;
	end: number;
}

export function matchUnitAt(text: string, pos: number): UnitMatch | null {
	UNIT_RE.lastIndex = pos;
	const m = UNIT_RE.exec(text);
	if (!m) return null;
	const found = m[1].replace(/\s+/g, ' ');
	const entry =
		entries.find((e) => e.form === found) ??
		entries.find((e) => !CASE_SENSITIVE.has(e.form) && e.form.toLowerCase() === found.toLowerCase());
	if (!entry) return null;
	return { unit: entry.canon, end: pos + m[0].length };
}

/** Canonical unit of a whole string ("kilometrów" → "km"), or null. */
export function canonicalUnit(text: string): string | null {
	const t = text.trim();
	const m = matchUnitAt(t, 0);
	return m && m.end === t.length ? m.unit : null;
}

/** Every written unit form, multi-word ones included. */
export function unitForms(): string[] {
	return entries.map((e) => e.form);
}
