import { parseTag } from './morfologik-tags';
import { caseName } from './cases';

const POS: Record<string, string> = {
	subst: 'rzeczownik',
	depr: 'rzeczownik',
	adj: 'przymiotnik',
	adja: 'przymiotnik',
	adjp: 'przymiotnik',
	adv: 'przysłówek',
	num: 'liczebnik',
	ppron12: 'zaimek',
	ppron3: 'zaimek',
	siebie: 'zaimek',
	fin: 'czasownik',
	praet: 'czasownik',
	inf: 'czasownik',
	impt: 'czasownik',
	verb: 'czasownik',
	ger: 'rzeczownik odczasownikowy',
	pact: 'imiesłów',
	ppas: 'imiesłów',
	prep: 'przyimek',
	conj: 'spójnik',
	comp: 'spójnik',
	qub: 'partykuła',
	interj: 'wykrzyknik'
};
const NUMBER: Record<string, string> = { sg: 'liczba pojedyncza', pl: 'liczba mnoga' };

/** A learner-friendly Polish description of a PoliMorf tag, e.g. "rzeczownik, dopełniacz, liczba mnoga". */
export function describeTag(tag: string): string {
	const f = parseTag(tag);
	const parts = [POS[f.pos] ?? f.pos];
	const cases = f.case.map(caseName).filter(Boolean);
	if (cases.length) parts.push(cases.join(' lub '));
	const numbers = f.number.map((n) => NUMBER[n]).filter(Boolean);
	if (numbers.length === 1) parts.push(numbers[0]);
	if (f.other.includes('praet')) parts.push('czas przeszły');
	if (f.other.includes('fin')) parts.push('czas teraźniejszy lub przyszły');
	if (f.other.includes('inf')) parts.push('bezokolicznik');
	return parts.join(', ');
}
