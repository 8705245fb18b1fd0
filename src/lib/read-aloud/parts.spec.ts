import { describe, expect, it } from 'vitest';
import { articleText } from '../polish/article';
import { spokenParts, spokenText } from './parts';

const blocks = [
	{ type: 'paragraph' as const, text: 'Rada NATO-Rosja powstała w 2002 r. w Rzymie. Spotkała się ponownie w styczniu.' },
	{ type: 'paragraph' as const, text: 'Na granicy stało ok. 100 tys. żołnierzy.' }
];

describe('spokenParts', () => {
	it('reads the title first, then each sentence with its place in the article text', () => {
		const parts = spokenParts('Rozmowy w Brukseli', blocks);
		expect(parts.map((p) => p.text)).toEqual([
			'Rozmowy w Brukseli',
			'Rada NATO-Rosja powstała w 2002 r. w Rzymie.',
			'Spotkała się ponownie w styczniu.',
			'Na granicy stało ok. 100 tys. żołnierzy.'
		]);
		const text = articleText(blocks);
		for (const p of parts.slice(1)) expect(text.slice(p.start, p.end)).toBe(p.text);
		expect(parts[0].start).toBe(-1);
	});

	it('has no title part when the title is empty', () => {
		expect(spokenParts('  ', blocks)[0].text).toMatch(/^Rada/);
	});
});

describe('spokenText', () => {
	it('says abbreviations in full so a speech engine does not spell them', () => {
		expect(spokenText('w 2002 r. powstała m.in. rada, np. w Rzymie, ok. 5 proc.')).toBe(
			'w 2002 roku powstała między innymi rada, na przykład w Rzymie, około 5 procent'
		);
	});

	it('leaves a word that only starts like an abbreviation alone', () => {
		expect(spokenText('Okno i ulica, rok 2002.')).toBe('Okno i ulica, rok 2002.');
	});
});
