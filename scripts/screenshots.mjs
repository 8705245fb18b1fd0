// Screenshots of the main pages at phone and desktop sizes: node scripts/screenshots.mjs BASE_URL OUT_DIR
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = process.argv[3] ?? '/tmp/czytanka-shots';
mkdirSync(out, { recursive: true });
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const shots = [
	{ name: 'login', user: null, path: '/login' },
	{ name: 'learn', user: 'demo-uczen', path: '/learn' },
	{ name: 'reading', user: 'demo-uczen', path: 'first-reading', full: true },
	{ name: 'teach', user: 'demo-nauczyciel', path: '/teach' }
];

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [size, viewport] of Object.entries(sizes)) {
	for (const shot of shots) {
		const page = await browser.newPage({ viewport, locale: 'pl-PL' });
		if (shot.user) {
			await page.goto(`${base}/login`);
			await page.fill('#login', shot.user);
			await page.fill('#password', 'czytanka-demo');
			await page.click('button:has-text("Zaloguj się")');
			await page.waitForSelector('.who');
		}
		if (shot.path === 'first-reading') {
			await page.goto(`${base}/learn`);
			await page.click('li.card a');
			await page.waitForSelector('.article-body');
		} else await page.goto(`${base}${shot.path}`);
		await page.screenshot({ path: join(out, `${shot.name}-${size}.png`), fullPage: !!shot.full });
		await page.close();
	}
}
await browser.close();
console.log(`screenshots in ${out}`);
