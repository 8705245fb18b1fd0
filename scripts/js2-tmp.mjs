import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { findChromium } from './find-chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
const files = [];
page.on('response', (r) => {
	if (r.request().resourceType() === 'script') files.push(r.body().then((b) => gzipSync(b).length));
});
await page.goto(process.argv[2] + '/login');
await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
console.log('login total', ((await Promise.all(files)).reduce((a, b) => a + b, 0) / 1024).toFixed(1), 'kB');
await browser.close();
