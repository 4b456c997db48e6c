// /check in real Chromium against the built site: paste an article, see the extracted claims,
// correct one, check, export; keyboard-only use; axe; no console errors or CSP violations;
// screenshots at phone and desktop width.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { servedSite } from './site';
import { axeViolations, watchedPage, type Problems } from './browser';

const SHOTS = 'tests/e2e/screenshots';
const ARTICLE = readFileSync('tests/fixtures/articles/nurses-news.txt', 'utf8');

let browser: Browser;
let origin: string;
servedSite((site) => ({ browser, origin } = site));

beforeAll(() => {
	mkdirSync(SHOTS, { recursive: true });
});

async function pasteAndFind(page: Page) {
	await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
	await page.fill('#article-text', ARTICLE);
	await page.click('button:has-text("Find figures")');
	await page.waitForSelector('fieldset.claim');
}

const verdictOf = (page: Page, n: number) =>
	page
		.locator('.results article.result')
		.nth(n - 1)
		.locator('[aria-label="Verdicts against the official figures"] li')
		.first()
		.getAttribute('data-verdict');

describe('/check: an article', () => {
	let problems: Problems;

	it('extracts the figures with their values, marks them in the text, and checks corrected claims', async () => {
		const w = await watchedPage(browser, 1280);
		const page = w.page;
		problems = w.problems;
		await pasteAndFind(page);
		expect(await page.locator('fieldset.claim').count()).toBe(6);
		expect(await page.inputValue('#claim-1-value')).toBe('5');
		expect(await page.inputValue('#claim-1-measure')).toBe('employment_change_pct');
		expect(await page.inputValue('#claim-1-scope_code')).toBe('29-1141');
		expect(await page.inputValue('#claim-5-value')).toBe('93600');
		// Every figure is marked in the article, as text (no HTML was injected).
		expect(await page.locator('.article mark').count()).toBe(6);
		expect(await page.locator('.article mark').first().innerText()).toContain('5 percent');

		// Correct one field: claim 5 now states a wage the official series never published.
		await page.fill('#claim-5-value', '81234');
		await page.click('button:has-text("Check 6 claims")');
		await page.waitForSelector('.results article.result');
		expect(await page.locator('.results article.result').count()).toBe(6);
		expect(await verdictOf(page, 1)).toBe('confirmed');
		expect(await verdictOf(page, 2)).toBe('confirmed');
		expect(await verdictOf(page, 5)).toBe('no_match');
		const first = page.locator('.results article.result').first();
		expect(await first.locator('.explanation').first().innerText()).toMatch(
			/Matches EP 2024-34: 4\.9% for Registered nurses/
		);
		// Matched figures name their source, badged by kind.
		expect(await first.locator('table .badge').first().innerText()).toMatch(
			/Official|Reproduction/
		);

		// Exports: CSV through toCsv, JSON in the CLI's record shape.
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.click('button:has-text("Download CSV")')
		]);
		const csvText = readFileSync((await csv.path())!, 'utf8');
		expect(csvText.split('\r\n')[0]).toMatch(/^id,measure,stated_value/);
		expect(csvText).toContain('no_match');
		const [json] = await Promise.all([
			page.waitForEvent('download'),
			page.click('button:has-text("Download JSON")')
		]);
		const records = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
			verdicts: string[];
		}[];
		expect(records.map((r) => r.verdicts[0])).toEqual([
			'confirmed',
			'confirmed',
			'confirmed',
			'confirmed',
			'no_match',
			'confirmed'
		]);

		expect(await axeViolations(page)).toEqual([]);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `${SHOTS}/check-article-${width}.png`, fullPage: true });
		}
		await page.emulateMedia({ media: 'print' });
		await page.screenshot({ path: `${SHOTS}/check-print-1280.png`, fullPage: true });
		expect(await page.locator('#article-text').isVisible()).toBe(false);
		expect(await page.locator('.results article.result').first().isVisible()).toBe(true);
		expect(problems.csp).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('works from the keyboard alone', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await page.focus('#article-text');
		await page.keyboard.insertText(ARTICLE);
		// Tab to "Find figures" and press it.
		for (let i = 0; i < 10; i++) {
			await page.keyboard.press('Tab');
			if (
				(await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Find figures'
			)
				break;
		}
		await page.keyboard.press('Enter');
		await page.waitForSelector('fieldset.claim');
		// Enter in a claim field submits the check form.
		await page.focus('#claim-1-value');
		await page.keyboard.press('Enter');
		await page.waitForSelector('.results article.result');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('says so when a text has no labor-market figures', async () => {
		const { page } = await watchedPage(browser, 390);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await page.fill('#article-text', 'The town fair opens on Saturday with music and food stalls.');
		await page.click('button:has-text("Find figures")');
		await page.waitForSelector('text=No labor-market figures found in this text');
		expect(await page.locator('fieldset.claim').count()).toBe(0);
		await page.close();
	});

	it('opens an HTML file as text, without running anything in it', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await page.setInputFiles('#article-file', 'tests/fixtures/articles/mlt-program.html');
		await page.waitForSelector('text=HTML converted to text');
		expect(await page.inputValue('#article-text')).not.toContain('<');
		expect(await page.locator('fieldset.claim').count()).toBeGreaterThan(0);
		expect(problems.csp).toEqual([]);
		await page.close();
	});

	it('has zero axe violations on the empty page and never posts anything', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		const posts: string[] = [];
		page.on('request', (r) => r.method() !== 'GET' && posts.push(`${r.method()} ${r.url()}`));
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		expect(await axeViolations(page)).toEqual([]);
		await pasteAndFind(page);
		await page.click('button:has-text("Check 6 claims")');
		await page.waitForSelector('.results article.result');
		expect(posts).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});
});
