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
	{ name: 'reading-word', user: 'demo-uczen', path: 'first-reading', word: 'biorący udział' },
	{ name: 'progress', user: 'demo-uczen', path: '/learn/progress' },
	{ name: 'teach', user: 'demo-nauczyciel', path: '/teach' },
	{ name: 'classes', user: 'demo-nauczyciel', path: '/teach/classes' },
	{ name: 'articles', user: 'demo-nauczyciel', path: '/teach/articles' },
	{ name: 'article-review', user: 'demo-nauczyciel', path: '/teach/articles', click: 'main table a, main li a', full: true },
	{ name: 'reports', user: 'demo-nauczyciel', path: '/teach/reports' }
];

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [size, viewport] of Object.entries(sizes)) {
	for (const shot of shots) {
		const page = await browser.newPage({ viewport, locale: 'pl-PL' });
		if (shot.user) {
			await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
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
		if (shot.word) {
			// Taps the last word of the phrase, as a learner would, and waits for the word panel.
			const [text, at] = await page.evaluate((phrase) => {
				const walker = document.createTreeWalker(document.querySelector('.article-body'), NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					const i = n.textContent.indexOf(phrase);
					if (i >= 0) return [n.textContent, i + phrase.length - 2];
				}
				return [null, 0];
			}, shot.word);
			if (text) {
				const box = await page.evaluate(
					([phrase, offset]) => {
						const walker = document.createTreeWalker(document.querySelector('.article-body'), NodeFilter.SHOW_TEXT);
						for (let n = walker.nextNode(); n; n = walker.nextNode()) {
							if (!n.textContent.includes(phrase)) continue;
							n.parentElement.scrollIntoView({ block: 'center' });
							const r = document.createRange();
							r.setStart(n, offset);
							r.setEnd(n, offset + 1);
							const b = r.getBoundingClientRect();
							return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
						}
					},
					[shot.word, at]
				);
				await page.waitForSelector('html[data-hydrated]');
				await page.mouse.click(box.x, box.y);
				await page.waitForSelector('aside.panel .entry');
			}
		}
		if (shot.click) {
			await page.locator(shot.click).first().click();
			await page.waitForLoadState('networkidle');
		}
		await page.screenshot({ path: join(out, `${shot.name}-${size}.png`), fullPage: !!shot.full });
		await page.close();
	}
}
await browser.close();
console.log(`screenshots in ${out}`);
