// What a question tests. Stored with each question; progress and reports count answers per skill.
export const SKILLS = ['time', 'quantity', 'person', 'place', 'detail', 'sequence', 'vocabulary'] as const;
export type Skill = (typeof SKILLS)[number];

/** Short, lower-case: beside a question in the teacher's lists and forms. */
export const SKILL_LABEL: Record<Skill, string> = {
	time: 'czas',
	quantity: 'liczby',
	person: 'osoby',
	place: 'miejsca',
	detail: 'szczegóły',
	sequence: 'kolejność',
	vocabulary: 'słownictwo'
};

/** With the question it answers: row headings of progress and report tables. */
export const SKILL_HEADING: Record<Skill, string> = {
	time: 'Czas (kiedy?)',
	quantity: 'Liczby (ile?)',
	person: 'Osoby (kto?)',
	place: 'Miejsca (gdzie?)',
	detail: 'Szczegóły',
	sequence: 'Kolejność zdarzeń',
	vocabulary: 'Słownictwo'
};

export function isSkill(value: string): value is Skill {
	return (SKILLS as readonly string[]).includes(value);
}
