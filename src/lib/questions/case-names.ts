/** Polish case names as PoliMorf tags abbreviate them. */
export const CASE_NAMES: Record<string, string> = {
	nom: 'mianownik', gen: 'dopełniacz', dat: 'celownik', acc: 'biernik', inst: 'narzędnik', loc: 'miejscownik', voc: 'wołacz'
};
