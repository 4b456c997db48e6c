// Shared e2e setup: Debian Chromium through playwright-core, with every console error, page error
// and CSP violation recorded per page.
import { chromium, type Browser, type Page } from 'playwright-core';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

export type Problems = { console: string[]; csp: string[] };

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's WCAG 2.0/2.1/2.2 A and AA violations on the page, one line each (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: an injected <script> would be (rightly) blocked by the CSP.
	await page.evaluate(AXE);
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						o: object
					) => Promise<{
						violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
					}>;
				};
			}
		).axe;
		const r = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
		});
		return r.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(', ')}`
		);
	});
}

/** A page that records console errors, uncaught errors and CSP violations from its first script on. */
export async function watchedPage(
	browser: Browser,
	width: number
): Promise<{ page: Page; problems: Problems }> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const problems: Problems = { console: [], csp: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') problems.console.push(m.text());
		if (m.text().startsWith('CSP:')) problems.csp.push(m.text());
	});
	page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.log(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`)
		);
	});
	return { page, problems };
}

/** Occupation pages that exist in the build, among the wanted ones. */
export function builtOccupations(wanted: string[]): string[] {
	return wanted.filter((soc) => existsSync(join(BUILD_DIR, 'occupations', `${soc}.html`)));
}

/** The occupation page with the least data: the smallest prerendered HTML file (deterministic per build). */
export function sparsestOccupation(): string | null {
	const dir = join(BUILD_DIR, 'occupations');
	if (!existsSync(dir)) return null;
	let best: { soc: string; size: number } | null = null;
	for (const f of readdirSync(dir)) {
		if (!/^\d\d-\d{4}\.html$/.test(f)) continue;
		const size = statSync(join(dir, f)).size;
		if (!best || size < best.size || (size === best.size && f < `${best.soc}.html`))
			best = { soc: f.replace('.html', ''), size };
	}
	return best?.soc ?? null;
}
