import { SKILLS } from '../../src/lib/domain/skills';

/** Synthetic articles and questions for the load database: realistic sizes, no Polish engine needed. */
const TOPICS = [
	'Most w Toruniu',
	'Festiwal w Opolu',
	'Sejm o budżecie',
	'Burze nad Mazowszem',
	'Siatkarki w finale',
	'Nowa linia kolejowa',
	'Matura z polskiego',
	'Inflacja w maju',
	'Misja na Marsa',
	'Szczepienia jesienią'
];
const TYPES = ['wh', 'wh', 'choice', 'truefalse', 'gap', 'wh', 'order', 'choice', 'wh', 'gap', 'truefalse'] as const;

export const QUESTIONS_PER_ARTICLE = 11;

export function articleContent(i: number) {
	const title = `${TOPICS[Math.floor(i / 7) % TOPICS.length]} (${i + 1})`;
	const sentences = Array.from(
		{ length: 40 },
		(_, k) => `To jest zdanie numer ${k + 1} artykułu o temacie „${title}”, napisane dla testu obciążenia.`
	);
	const paragraphs = Array.from({ length: 8 }, (_, p) => sentences.slice(p * 5, p * 5 + 5).join(' '));
	return {
		title,
		rawText: paragraphs.join('\n\n'),
		blocks: JSON.stringify(paragraphs.map((text) => ({ type: 'paragraph', text }))),
		wordCount: paragraphs.join(' ').split(/\s+/).length
	};
}

export function questionContent(article: number, position: number) {
	const type = TYPES[position % TYPES.length];
	const answer = type === 'truefalse' ? 'prawda' : `odpowiedź ${article}-${position}`;
	const options =
		type === 'choice' || type === 'gap'
			? [answer, `inna ${position}`, `jeszcze inna ${position}`]
			: type === 'truefalse'
				? ['prawda', 'fałsz']
				: type === 'order'
					? ['pierwsze', 'drugie', 'trzecie']
					: [];
	return {
		type,
		skill: SKILLS[(article + position) % SKILLS.length],
		prompt: `Pytanie ${position + 1} do tekstu ${article + 1}?`,
		answer: type === 'order' ? 'pierwsze\ndrugie\ntrzecie' : answer,
		options: JSON.stringify(options),
		evidence: JSON.stringify({ sentence: `To jest zdanie numer ${position * 3 + 1}.`, start: position * 100, end: position * 100 + 40 }),
		difficulty: 1 + (position % 3),
		wrong: ['nie wiem', `Zła ${position}`, `zła ${position}.`, `inna ${position}`]
	};
}
