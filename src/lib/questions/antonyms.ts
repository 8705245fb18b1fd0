// Word forms whose swap turns a true statement into a false one without touching the grammar
// ("ceny wzrosły" → "ceny spadły"). Only same-form pairs: both words take the same endings and cases.

const PAIRS: [string, string][] = [
	['wzrósł', 'spadł'],
	['wzrosła', 'spadła'],
	['wzrosło', 'spadło'],
	['wzrosły', 'spadły'],
	['wzrośnie', 'spadnie'],
	['wzrosną', 'spadną'],
	['rośnie', 'spada'],
	['rosną', 'spadają'],
	['wzrost', 'spadek'],
	['wzrostu', 'spadku'],
	['wzrostem', 'spadkiem'],
	['zwiększył', 'zmniejszył'],
	['zwiększyła', 'zmniejszyła'],
	['zwiększyło', 'zmniejszyło'],
	['zwiększyły', 'zmniejszyły'],
	['zwiększyli', 'zmniejszyli'],
	['podrożał', 'potaniał'],
	['podrożała', 'potaniała'],
	['podrożało', 'potaniało'],
	['podrożały', 'potaniały'],
	['zdrożały', 'staniały'],
	['zdrożał', 'staniał'],
	['drożeje', 'tanieje'],
	['drożeją', 'tanieją'],
	['wygrał', 'przegrał'],
	['wygrała', 'przegrała'],
	['wygrali', 'przegrali'],
	['wygrały', 'przegrały'],
	['wygrało', 'przegrało'],
	['zwycięstwo', 'porażkę'],
	['zwycięstwem', 'porażką'],
	['więcej', 'mniej'],
	['wyższy', 'niższy'],
	['wyższa', 'niższa'],
	['wyższe', 'niższe'],
	['wyższą', 'niższą'],
	['wyższej', 'niższej'],
	['wyższych', 'niższych'],
	['większy', 'mniejszy'],
	['większa', 'mniejsza'],
	['większe', 'mniejsze'],
	['większą', 'mniejszą'],
	['większej', 'mniejszej'],
	['większych', 'mniejszych'],
	['droższy', 'tańszy'],
	['droższa', 'tańsza'],
	['droższe', 'tańsze'],
	['drożej', 'taniej'],
	['cieplej', 'zimniej'],
	['cieplejszy', 'zimniejszy'],
	['cieplejsza', 'zimniejsza'],
	['cieplejsze', 'zimniejsze'],
	['najwyższy', 'najniższy'],
	['najwyższa', 'najniższa'],
	['najwyższe', 'najniższe'],
	['najwyższą', 'najniższą'],
	['najwyższym', 'najniższym'],
	['najwyższego', 'najniższego'],
	['największy', 'najmniejszy'],
	['największa', 'najmniejsza'],
	['największe', 'najmniejsze'],
	['największą', 'najmniejszą'],
	['największym', 'najmniejszym'],
	['największego', 'najmniejszego'],
	['dodatnia', 'ujemna'],
	['dodatni', 'ujemny'],
	['dodatnie', 'ujemne'],
	['przyjął', 'odrzucił'],
	['przyjęła', 'odrzuciła'],
	['przyjęło', 'odrzuciło'],
	['przyjęli', 'odrzucili'],
	['przyjęły', 'odrzuciły'],
	['otworzył', 'zamknął'],
	['otworzyła', 'zamknęła'],
	['otwarto', 'zamknięto'],
	['skazał', 'uniewinnił'],
	['skazała', 'uniewinniła'],
	['wschodzie', 'zachodzie'],
	['wschód', 'zachód'],
	['zimą', 'latem'],
	['wiosną', 'jesienią'],
	['rano', 'wieczorem']
];

const MAP = new Map<string, string>();
for (const [a, b] of PAIRS) {
	MAP.set(a, b);
	MAP.set(b, a);
}

/** The first word of the sentence that has an opposite, with it; null when none has. */
export function oppositeIn(sentence: string): { start: number; end: number; word: string } | null {
	for (const m of sentence.matchAll(/\p{L}+/gu)) {
		const other = MAP.get(m[0].toLocaleLowerCase('pl'));
		// "na wschodzie…, na zachodzie…": a sentence that already holds both would contradict itself.
		if (!other || new RegExp(`(?<!\\p{L})${other}(?!\\p{L})`, 'iu').test(sentence)) continue;
		// "skazał go na dwa lata" acquitted "na dwa lata" contradicts itself: the false statement would give itself away.
		if (/^(skazał|skazała|uniewinnił|uniewinniła)$/i.test(m[0]) && /(?<!\p{L})na(?!\p{L})/u.test(sentence.slice(m.index!))) continue;
		const word = /^\p{Lu}/u.test(m[0]) ? other.charAt(0).toLocaleUpperCase('pl') + other.slice(1) : other;
		return { start: m.index!, end: m.index! + m[0].length, word };
	}
	return null;
}
