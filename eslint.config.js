// Lint setup as the Svelte project template writes it, plus the import-direction rules that keep
// data flowing one way (see "Where things live" in the README).
import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'tests/bench/out/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint's advice: TypeScript itself checks for undefined names.
			'no-undef': 'off',
			// Internal links are root-relative (the site is served at its root, no base path), and
			// external ones pass through safeHref: resolve() would add nothing.
			'svelte/no-navigation-without-resolve': 'off',
			// It flags plain URL/Set/Map temporaries (a URL built for replaceState, a Set inside a
			// $derived) that are never mutated as state.
			'svelte/prefer-svelte-reactivity': 'off',
			// prettier-plugin-svelte writes {' '} to keep a meaningful space at a line break.
			'svelte/no-useless-mustaches': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	// Data flows one way: core <- charts <- pages <- routes (see "Where things live" in the README).
	{
		files: ['src/lib/core/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$lib/*',
								'!$lib/core',
								'!$lib/core/**',
								'$app/*',
								'svelte',
								'svelte/*',
								'node:*'
							],
							message:
								'core is pure TypeScript for the CLI, server, worker and pages alike: it imports only core.'
						},
						{
							group: [
								'**/charts/**',
								'**/pages/**',
								'**/server/**',
								'**/check/**',
								'**/claims/**',
								'**/brief/**',
								'**/export/**',
								'**/config'
							],
							message: 'core imports nothing outside core.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/charts/**/*.ts', 'src/lib/charts/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'**/pages/**',
								'**/server/**',
								'**/check/**',
								'**/claims/**',
								'**/brief/**',
								'$lib/pages',
								'$lib/server',
								'$lib/check',
								'$lib/claims',
								'$lib/brief'
							],
							message: 'Chart components and models never import page logic: pages pass them data.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
