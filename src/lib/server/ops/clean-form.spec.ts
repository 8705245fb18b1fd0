import { describe, expect, it } from 'vitest';
import { cleanFormText, withCleanForm } from './clean-form';

const post = (body: BodyInit, type?: string) =>
	new Request('http://localhost/teach/classes?/create', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

describe('forms are cleaned once, before any action reads them', () => {
	it('takes out NUL, zero-width and direction marks, keeps Polish letters and line breaks', () => {
		expect(cleanFormText('Kla\u0000sa\u200b 3b')).toBe('Klasa 3b');
		expect(cleanFormText('\u200b\u200c\u200d\ufeff')).toBe('');
		expect(cleanFormText('Żółć\nzdanie\tdrugie')).toBe('Żółć\nzdanie\tdrugie');
	});

	it('rebuilds a form request with cleaned text fields and untouched files', async () => {
		const form = new FormData();
		form.append('name', 'Jan\u0000 Kowalski\u200b');
		form.append('file', new File([new Uint8Array([0, 1, 2])], 'a.bin'));
		const clean = await (await withCleanForm(post(form))).formData();
		expect(clean.get('name')).toBe('Jan Kowalski');
		expect(new Uint8Array(await (clean.get('file') as File).arrayBuffer())).toEqual(new Uint8Array([0, 1, 2]));
	});

	it('passes a form with nothing to clean on as it came, its body still unread', async () => {
		const request = post('name=Klasa+3b', 'application/x-www-form-urlencoded');
		const same = await withCleanForm(request);
		expect(same).toBe(request);
		expect((await same.formData()).get('name')).toBe('Klasa 3b');
	});

	it('reads url-encoded forms too, and leaves other requests alone', async () => {
		const clean = await (await withCleanForm(post('name=%00%E2%80%8B', 'application/x-www-form-urlencoded'))).formData();
		expect(clean.get('name')).toBe('');
		const json = post('{"seconds":5}', 'application/json');
		expect(await withCleanForm(json)).toBe(json);
	});
});
