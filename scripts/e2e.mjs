// Browser tests: finds Chromium, builds the app, then runs Playwright against it with a fresh SQLite file.
// Two runs at once do not meet: each builds into its own folder and serves on free ports (E2E_PORT and the
// next four, for the full-disk, shutdown, demo-removal and password-reset tests), unless E2E_PORT or
// CZYTANKA_BUILD_ID are given.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './find-chromium.mjs';

function free(port) {
	return new Promise((resolve) => {
		const s = createServer().once('error', () => resolve(false));
		s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
	});
}

async function freePorts(count) {
	for (let i = 0; i < 50; i++) {
		const port = 20000 + Math.floor(Math.random() * 20000);
		let all = true;
		for (let k = 0; k < count && all; k++) all = await free(port + k);
		if (all) return port;
	}
	return 4319;
}

process.env.CHROMIUM_PATH = findChromium();
process.env.E2E_PORT ??= String(await freePorts(5));
// The tests' own servers (full disk, shutdown, demo removal) inherit this; they sign in as the demo accounts.
process.env.DEMO ??= '1';
const ownBuild = !process.env.CZYTANKA_BUILD_ID;
if (ownBuild) process.env.CZYTANKA_BUILD_ID = `e2e-${process.pid}`;
const cleanUp = () => {
	if (!ownBuild) return;
	for (const dir of [`build-${process.env.CZYTANKA_BUILD_ID}`, `.svelte-kit-${process.env.CZYTANKA_BUILD_ID}`])
		rmSync(dir, { recursive: true, force: true });
};

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) {
	cleanUp();
	process.exit(build.status ?? 1);
}
// NODE_ENV=test (for the tests and every server they start, not for the build): cheap password hashing.
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CZYTANKA_SKIP_BUILD: '1', NODE_ENV: 'test' }
});
cleanUp();
process.exit(run.status ?? 1);
