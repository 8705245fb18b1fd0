import { describe, expect, it } from 'vitest';
import { orderFromForm } from './answer-form';

function form(entries: Record<string, string>) {
	const f = new FormData();
	for (const [k, v] of Object.entries(entries)) f.set(k, v);
	return f;
}

describe('orderFromForm', () => {
	const items = ['Powstanie Rady', 'Spotkania 2016–2019', 'Posiedzenie 12 stycznia'];
	it('turns chosen places into the learner’s sequence', () => {
		expect(orderFromForm(items, form({ 'pos-0': '2', 'pos-1': '3', 'pos-2': '1' }))).toEqual({
			ok: true,
			given: 'Posiedzenie 12 stycznia\nPowstanie Rady\nSpotkania 2016–2019'
		});
	});
	it('asks again when a place is missing or used twice', () => {
		expect(orderFromForm(items, form({ 'pos-0': '1', 'pos-1': '2' })).ok).toBe(false);
		const twice = orderFromForm(items, form({ 'pos-0': '1', 'pos-1': '1', 'pos-2': '2' }));
		expect(twice).toEqual({ ok: false, message: 'Każde wydarzenie musi mieć inne miejsce (1, 2, 3…).' });
	});
});
