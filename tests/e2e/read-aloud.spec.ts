import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { joinAsNewLearner, openSeedReading, waitForHydration } from './helpers';

const hasEspeak = existsSync('/usr/bin/espeak-ng') || existsSync('/usr/local/bin/espeak-ng');

test('without a Polish voice in the browser, the server reads the article sentence by sentence', async ({ page }) => {
	test.skip(!hasEspeak, 'needs espeak-ng (CI installs it)');
	// A browser with no voices at all, as many Linux and school machines are.
	await page.addInitScript(() => {
		Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
	});
	await joinAsNewLearner(page);
	await openSeedReading(page);
	await waitForHydration(page);

	const first = page.waitForResponse((r) => /\/audio\/0$/.test(r.url()));
	await page.getByRole('button', { name: 'Czytaj na głos' }).click();
	const audio = await first;
	expect(audio.status()).toBe(200);
	expect(audio.headers()['content-type']).toBe('audio/mpeg');
	expect((await audio.body()).length).toBeGreaterThan(2000);
	await expect(page.getByRole('status').filter({ hasText: 'nie ma polskiego głosu' })).toContainText('nagranie z serwera');

	// After the title, the first sentence of the text plays and is marked in the text.
	await expect(page.locator('mark.reading')).toBeVisible({ timeout: 30_000 });
	await expect(page.locator('mark.reading')).toContainText(/\S{3,}/);
	await expect(page.getByRole('button', { name: 'Zatrzymaj czytanie' })).toHaveAttribute('aria-pressed', 'true');

	await page.getByRole('button', { name: 'Zatrzymaj czytanie' }).click();
	await expect(page.locator('mark.reading')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Czytaj na głos' })).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('button', { name: 'Powtórz zdanie' })).toBeVisible();
});

test('with a Polish voice in the browser, it speaks each sentence itself and asks the server for nothing', async ({ page }) => {
	await page.addInitScript(() => {
		const spoken: string[] = [];
		(window as unknown as { spoken: string[] }).spoken = spoken;
		class Utterance {
			lang = '';
			rate = 1;
			voice: unknown = null;
			onend: (() => void) | null = null;
			constructor(readonly text: string) {}
		}
		const fake = {
			getVoices: () => [{ lang: 'pl-PL', name: 'Polski' }],
			speak: (u: Utterance) => {
				spoken.push(u.text);
				setTimeout(() => u.onend?.(), 20);
			},
			cancel: () => {},
			addEventListener: () => {},
			removeEventListener: () => {}
		};
		Object.defineProperty(window, 'speechSynthesis', { value: fake });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
	});
	const audioRequests: string[] = [];
	page.on('request', (r) => {
		if (/\/audio\/\d+$/.test(r.url())) audioRequests.push(r.url());
	});
	await joinAsNewLearner(page);
	await openSeedReading(page);
	await waitForHydration(page);
	await page.getByRole('button', { name: 'Czytaj na głos' }).click();

	const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
	await expect.poll(async () => (await spoken()).length, { timeout: 15_000 }).toBeGreaterThan(3);
	const said = await spoken();
	expect(said[0]).toContain('Stoltenberg');
	// Each utterance is one sentence, not the whole article at once.
	expect(said.every((s) => s.length < 600)).toBe(true);
	await page.getByRole('button', { name: 'Zatrzymaj czytanie' }).click();
	expect(audioRequests).toEqual([]);
	await expect(page.getByRole('status').filter({ hasText: 'polskiego głosu' })).toHaveCount(0);
});

test('the server recording is only for a learner of the reading, and only for its sentences', async ({ page }) => {
	await joinAsNewLearner(page);
	await openSeedReading(page);
	const reading = new URL(page.url()).pathname;
	expect((await page.request.get(`${reading}/audio/99999`)).status()).toBe(404);
	expect((await page.request.get(`${reading}/audio/-1`)).status()).toBe(404);
	expect((await page.request.get('/learn/nie-ma-takiej/audio/0')).status()).toBe(404);
	await page.context().clearCookies();
	const signedOut = await page.request.get(`${reading}/audio/0`, { maxRedirects: 0 });
	expect([302, 303, 401, 403]).toContain(signedOut.status());
});
