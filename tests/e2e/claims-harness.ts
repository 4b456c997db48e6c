// Shared bits of the claims and sources e2e tests: the built site (E2E_BUILD_DIR, default build/),
// axe-core run through the DevTools protocol, and screenshot paths.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
export { axeViolations } from './browser';

export const BUILD = process.env.E2E_BUILD_DIR ?? 'build';
export const SHOTS = 'tests/e2e/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Wait until the page has hydrated (the ledger's controls are enabled only then). */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForSelector('#ledger-verdict:not([disabled])');
}
