import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { line, lines, parseForm } from './parse';

function form(entries: [string, string][]) {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

const schema = z.object({
	name: line().min(1, 'Podaj nazwę.').max(5, 'Za długa.'),
	tags: z.array(z.string()),
	notes: lines()
});

describe('parseForm', () => {
	it('reads text fields as strings, array fields as every value, and applies the transforms', () => {
		const r = parseForm(
			schema,
			form([
				['name', '  Ala \t'],
				['tags', 'a'],
				['tags', 'b'],
				['notes', 'x\r\n\n y \nx']
			])
		);
		expect(r).toEqual({ ok: true, data: { name: 'Ala', tags: ['a', 'b'], notes: ['x', 'y'] } });
	});
	it('treats a missing field as empty and answers with the first message and what was sent', () => {
		const r = parseForm(schema, form([['notes', 'bardzo długi tekst']]));
		expect(r).toEqual({
			ok: false,
			message: 'Podaj nazwę.',
			errors: { name: 'Podaj nazwę.' },
			values: { name: '', tags: [], notes: 'bardzo długi tekst' }
		});
	});
	it('gives each field its first problem, in field order', () => {
		const r = parseForm(
			schema.extend({ age: z.string().regex(/^\d+$/, 'Liczba.') }),
			form([
				['name', 'Aleksandra'],
				['age', 'x']
			])
		);
		expect(r).toMatchObject({ ok: false, message: 'Za długa.', errors: { name: 'Za długa.', age: 'Liczba.' } });
	});
});
