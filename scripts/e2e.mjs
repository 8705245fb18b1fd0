// Browser tests: finds Chromium, builds the app, then runs Playwright against it with a fresh SQLite file.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

process.env.CHROMIUM_PATH = findChromium();
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CZYTANKA_SKIP_BUILD: '1' }
});
process.exit(run.status ?? 1);
