import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else install Debian's chromium when root with apt-get. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH) {
		if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
		fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('Installing Debian chromium for the browser tests (apt-get)…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	}
	fail('No Chromium found: install it (sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.');
}

function fail(message) {
	console.error(message);
	process.exit(1);
}
