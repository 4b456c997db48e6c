import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// Every page needs the framework: one chunk instead of a dozen slivers.
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/
						},
						// Small formatting and vintage helpers most pages use: one chunk compresses better than
						// twelve files of a few hundred bytes (-1.5 KB gzipped on an occupation page).
						{
							name: 'basics',
							test: /[\\/]src[\\/]lib[\\/](core[\\/](format[\\/](claimHref|creditText|number|palette|period|safeHref|verdictStyle)|vintage|soc|ledger[\\/](types|consistentView))|pages[\\/](asof|urlState\.svelte)|charts[\\/]shared[\\/](whenVisible|symbolPath)|export[\\/]fileSlug)\.ts$/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
