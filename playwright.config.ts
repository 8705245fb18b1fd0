import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4319);
const dataDir = mkdtempSync(join(tmpdir(), 'czytanka-e2e-'));

export default defineConfig({
	testDir: 'tests/e2e',
	// Runs side by side (scripts/e2e.mjs gives each its own build id) keep their results apart too.
	outputDir: `test-results/${process.env.CZYTANKA_BUILD_ID ?? 'local'}`,
	fullyParallel: false,
	// Two files at a time (E2E_WORKERS to change): one worker left a core idle while the browser waited on the
	// server and the other way round. Each test makes its own accounts, and the files that start servers of
	// their own use ports of their own.
	workers: Number(process.env.E2E_WORKERS ?? 2),
	retries: 0,
	reporter: [['list']],
	// Limits for something hung, not speed checks: on a busy machine (two test runs at once) a long test or a
	// page's first render can take several times what it does alone.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'pl-PL',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: 'node scripts/start.mjs',
		url: `http://127.0.0.1:${port}/login`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_PATH: join(dataDir, 'e2e.db'),
			// A named database gets no demo accounts unless asked: the tests sign in as demo-uczen and demo-nauczyciel.
			DEMO: '1',
			// Every test signs up and joins from 127.0.0.1; the per-address limits have unit tests of their own.
			SIGNUPS_PER_HOUR: '1000',
			JOINS_PER_HOUR: '1000',
			SOLO_SIGNUPS_PER_HOUR: '1000',
			CZYTANKA_SKIP_BUILD: '1',
			LOG_REQUESTS: '0',
			// The link-import test serves its pages on 127.0.0.1, which the import refuses outside tests.
			NODE_ENV: 'test',
			LINK_IMPORT_ALLOW_HOSTS: '127.0.0.1'
		}
	}
});
