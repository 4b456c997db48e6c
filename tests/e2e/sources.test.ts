// /sources in real Chromium: every source listed with safe links, reproductions naming their original,
// the citation chain, accessibility, no console errors or CSP violations, screenshots.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { servedSite } from './site';
import { watchedPage } from './browser';
import { axeViolations, BUILD, SHOTS } from './claims-harness';

let browser: Browser;
let origin: string;
servedSite((site) => ({ browser, origin } = site), BUILD);

describe('/sources', () => {
	it.each([390, 1280])('renders cleanly at %i px (axe, console, CSP)', async (width) => {
		const { page, problems } = await watchedPage(browser, width);
		await page.goto(`${origin}/sources`, { waitUntil: 'networkidle' });
		await page.screenshot({ path: `${SHOTS}/sources-${width}.png` });
		await page.locator('#citation-chains').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/sources-chains-${width}.png` });
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.csp).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('links only to http(s), with rel="noopener noreferrer"', async () => {
		const { page } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/sources`, { waitUntil: 'networkidle' });
		const external = await page
			.locator('main a[href^="http"]')
			.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
		expect(external.length).toBeGreaterThan(90);
		for (const [, rel] of external) expect(rel).toBe('noopener noreferrer');
		const hrefs = await page
			.locator('main a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		for (const h of hrefs) expect(h).toMatch(/^(https?:\/\/|\/|#)/);
		await page.close();
	});

	it('shows reproductions with the table they copy, and the citation chain of the Beacon Hill guide', async () => {
		const { page } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/sources`, { waitUntil: 'networkidle' });
		const repro = page.locator('#ep\\:2024-34');
		expect(await repro.innerText()).toMatch(
			/Copies: U\.S\. Bureau of Labor Statistics, Employment Projections 2024-34/
		);
		const chain = page.locator('li.chain', {
			hasText: 'Guide to the medical technician career path'
		});
		const text = await chain.innerText();
		expect(text).toMatch(
			/Credits San Juan College \(2 claims\)\s*→?\s*;?\s*none of them match anything published/
		);
		expect(text).toMatch(/Credits BLS \(1 claim\)/);
		const smart = await page.locator('li.chain', { hasText: 'Smart Choice' }).innerText();
		expect(smart).toMatch(/EP 2022-32/);
		await page.close();
	});
});
