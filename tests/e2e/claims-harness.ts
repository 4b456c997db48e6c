// Shared bits of the claims and sources e2e tests: the built site (E2E_BUILD_DIR, default build/),
// axe-core run through the DevTools protocol, and screenshot paths.
import { readFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const BUILD = process.env.E2E_BUILD_DIR ?? 'build';
export const SHOTS = 'tests/e2e/screenshots';
mkdirSync(SHOTS, { recursive: true });

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: an injected <script> would be (rightly) blocked by the CSP.
	await page.evaluate(AXE);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
		return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
	});
}

/** Wait until the page has hydrated (the ledger's controls are enabled only then). */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForSelector('#ledger-verdict:not([disabled])');
}
