// The program brief in real Chromium: printed to Letter PDF (at most 2 pages, headline figures with
// their citation markers), axe-clean, no console errors or CSP violations; PNGs of each page to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { servedSite } from './site';
import { BUILD_DIR, axeViolations, watchedPage } from './browser';

const OUT = 'tests/e2e/screenshots/brief';
const BRIEFS = [
	{
		cip: '51.1004',
		expect: ['Clinical/Medical Laboratory Technician', '22,600', '$62,930', '+1.7%', 'combined']
	},
	{ cip: '51.3801', expect: ['Registered Nursing', 'openings'] }
].filter((b) => existsSync(`${BUILD_DIR}/brief/${b.cip}.html`));

let browser: Browser;
let origin: string;
servedSite((site) => ({ browser, origin } = site));

beforeAll(() => {
	mkdirSync(OUT, { recursive: true });
});

describe.each(BRIEFS)('/brief/$cip', ({ cip, expect: wanted }) => {
	it('prints to at most two Letter pages with its headline figures and citations', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/brief/${cip}`, { waitUntil: 'networkidle' });
		expect(await page.locator('[data-testid=fingerprint]').innerText()).toMatch(/^[0-9a-f]{10}$/);
		expect(await axeViolations(page)).toEqual([]);

		await page.emulateMedia({ media: 'print' });
		const pdf = `${OUT}/${cip}.pdf`;
		await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
		const pages = Number(
			/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]
		);
		expect(pages).toBeLessThanOrEqual(2);
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		for (const w of wanted) expect(text).toContain(w);
		// Openings and growth carry a citation marker; the reference list is printed.
		expect(text).toMatch(/Openings per[\s\S]*\d[\d,]*\s*\[\d+\]/);
		expect(text).toMatch(/References[\s\S]*1\.\s+\S/);
		expect(text).toMatch(/Accessed \d{4}-\d{2}-\d{2}/);
		expect(text).not.toMatch(
			/Skip to main content|Labor Ledger checks published labor-market figures/
		);
		execFileSync('pdftoppm', ['-r', '70', '-png', pdf, `${OUT}/${cip}`]);

		expect(problems.csp).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});
});

describe('pinning and editing in the browser', () => {
	it.runIf(BRIEFS.some((b) => b.cip === '51.1004'))(
		'rebuilds a pinned brief from its URL and says what changed',
		async () => {
			const { page, problems } = await watchedPage(browser, 1280);
			await page.goto(`${origin}/brief/51.1004`, { waitUntil: 'networkidle' });
			const latest = await page.locator('[data-testid=fingerprint]').innerText();
			await page.goto(`${origin}/brief/51.1004?soc=29-2012&ep=EP%202023-33`, {
				waitUntil: 'networkidle'
			});
			await page.locator('.newer').waitFor();
			const text = await page.locator('.newer').innerText();
			expect(text).toContain('EP 2024-34 is out');
			expect(text).toMatch(/24,200 → 22,600/);
			expect(await page.locator('[data-testid=fingerprint]').innerText()).not.toBe(latest);
			expect(await axeViolations(page)).toEqual([]);
			expect(problems.console).toEqual([]);
			expect(problems.csp).toEqual([]);
			await page.close();
		}
	);

	it('sends the GET form on to the prerendered brief', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/brief?cip=51.1004`, { waitUntil: 'networkidle' });
		await page.waitForURL(/\/brief\/51\.1004/);
		expect(await page.locator('h1').innerText()).toContain(
			'Clinical/Medical Laboratory Technician'
		);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});
});
