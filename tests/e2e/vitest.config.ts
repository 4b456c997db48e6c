// End-to-end tests: a real Chromium against the built static site (build/). Run after `npm run build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 180_000,
		fileParallelism: false,
		pool: 'forks'
	}
});
