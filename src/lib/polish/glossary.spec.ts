import { describe, expect, it } from 'vitest';
import { decodeDictdNumber, parseDictdEntry, parseDictdIndex } from './glossary';

describe('dictd glossary', () => {
	it('decodes dictd base64 offsets', () => {
		expect(decodeDictdNumber('A')).toBe(0);
		expect(decodeDictdNumber('B')).toBe(1);
		expect(decodeDictdNumber('BA')).toBe(64);
		expect(decodeDictdNumber('Cu')).toBe(2 * 64 + 46);
	});

	it('indexes headwords case-insensitively, skipping the database header', () => {
		const index = parseDictdIndex('00databaseinfo\tc\tRI\nżołnierz\tVH7j\tCu\nRada\tB\tC\nrada\tD\tE\n');
		expect(index.has('00databaseinfo')).toBe(false);
		expect(index.get('żołnierz')).toEqual([[decodeDictdNumber('VH7j'), decodeDictdNumber('Cu')]]);
		expect(index.get('rada')).toHaveLength(2);
	});

	it('reads single and numbered senses with their Polish explanations', () => {
		expect(parseDictdEntry('tysiąc /x/ <n>\nthousand\nlm tysiące: bardzo dużo\n')).toEqual([
			{ english: 'thousand', polish: 'lm tysiące: bardzo dużo', pos: 'n' }
		]);
		const senses = parseDictdEntry('granica /x/ <n>\n1. border, frontier\numowna linia;\n2. limit\nwartość graniczna;\n');
		expect(senses.map((s) => s.english)).toEqual(['border, frontier', 'limit']);
		expect(senses[0].polish).toBe('umowna linia');
	});

	it('drops sub-sense numbers and reads usage labels apart from the explanation', () => {
		const senses = parseDictdEntry(
			'pies /x/ <n>\n1. hound 2.\n(potocznie) o człowieku wiernym\n 3.\n(łowiectwo) pies myśliwski\n2. dog\n(zoologia, zoologiczny) zwierzę domowe;\n'
		);
		expect(senses).toEqual([
			{ english: 'hound', labels: ['potocznie'], polish: 'o człowieku wiernym', pos: 'n' },
			{ english: 'dog', labels: ['zoologia', 'zoologiczny'], polish: 'zwierzę domowe', pos: 'n' }
		]);
	});
});
