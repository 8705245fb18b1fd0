import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Vitest leaves one core free by default: on a 2-core machine that is one worker for 94 files.
		maxWorkers: availableParallelism(),
		// Files share a worker's module cache instead of importing the app afresh each time, which was about half of
		// the unit tests' CPU time. No test mocks modules or relies on a fresh module; each opens its own database.
		isolate: false,
		// A limit for a hung test, not a speed check: on a busy machine CPU-heavy tests (question generation, the
		// hostile Markdown files) take several times the default 5 s.
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
