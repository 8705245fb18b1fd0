// Word-form gaps are checked exactly: the point of the exercise is the ending, so "granica" or
// "granicy" without its Polish letters is wrong, with a note that names the form the sentence needs.
import { analyze } from '../polish/morphology';
import { ok, wrong, type Match } from './check-notes';
import { caseName } from '../polish/cases';
import { foldDiacritics } from '../polish/normalize';

function casesOf(form: string): string[] {
	const cases = new Set<string>();
	for (const a of analyze(form)) {
		for (const tag of a.tags) {
			const [pos, , cas] = tag.split(':');
			if (pos === 'subst' && cas) for (const c of cas.split('.')) cases.add(c);
		}
	}
	return [...cases];
}

export function matchForm(expected: string, given: string): Match {
	const e = expected.trim().toLocaleLowerCase('pl');
	const g = given
		.trim()
		.replace(/[.!?,;]+$/, '')
		.toLocaleLowerCase('pl');
	if (e === g) return ok();
	const cases = casesOf(e);
	const name = cases.length === 1 ? caseName(cases[0]) : undefined;
	if (foldDiacritics(e) === foldDiacritics(g)) return wrong('Zabrakło polskich znaków: w tym ćwiczeniu liczy się dokładna forma.');
	return wrong(name ? `W tym zdaniu potrzebny jest ${name}.` : 'To zdanie potrzebuje innej formy tego słowa.');
}
