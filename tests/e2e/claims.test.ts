// /claims in real Chromium: filters in the URL, permalinks, CSV export with hostile cells neutralised,
// accessibility, no console errors or CSP violations, screenshots at phone and desktop width.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { servedSite } from './site';
import { watchedPage } from './browser';
import { csvRows, downloadedText, formulaCells } from './downloads';
import { axeViolations, BUILD, hydrated, SHOTS } from './claims-harness';

let browser: Browser;
let origin: string;
servedSite((site) => ({ browser, origin } = site), BUILD);

const cardVerdicts = (page: import('playwright-core').Page) =>
	page
		.locator('article.claim')
		.evaluateAll((cards) =>
			cards.map((c) =>
				[...c.querySelectorAll('[data-verdict]')].map((b) => b.getAttribute('data-verdict'))
			)
		);

describe('/claims', () => {
	it.each([390, 1280])('renders cleanly at %i px (axe, console, CSP)', async (width) => {
		const { page, problems } = await watchedPage(browser, width);
		await page.goto(`${origin}/claims`, { waitUntil: 'networkidle' });
		await hydrated(page);
		expect(await page.locator('article.claim').count()).toBeGreaterThan(50);
		await page.screenshot({ path: `${SHOTS}/claims-${width}.png`, fullPage: false });
		await page
			.locator('#bh\\:2026-new-positions')
			.screenshot({ path: `${SHOTS}/claims-card-${width}.png` });
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.csp).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('lists every claim without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${origin}/claims?verdict=confirmed`);
		const all = await page.locator('article.claim').count();
		const ledger = JSON.parse(readFileSync(`${BUILD}/claims/ledger.json`, 'utf8')) as unknown[];
		expect(all).toBe(ledger.length);
		await context.close();
	});

	it('filters by verdict, writes the URL, and keeps the filter on reload', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/claims`, { waitUntil: 'networkidle' });
		await hydrated(page);
		const total = await page.locator('article.claim').count();
		await page.selectOption('#ledger-verdict', 'wrong_scope');
		await expect.poll(() => page.url()).toContain('verdict=wrong_scope');
		const shown = await cardVerdicts(page);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(total);
		expect(shown.every((v) => v.includes('wrong_scope'))).toBe(true);
		await expect
			.poll(() => page.locator('p.count').innerText())
			.toContain(`Showing ${shown.length} of ${total} claims`);

		await page.reload({ waitUntil: 'networkidle' });
		await hydrated(page);
		expect(await page.locator('#ledger-verdict').inputValue()).toBe('wrong_scope');
		expect(await cardVerdicts(page)).toEqual(shown);

		// Search and a second filter narrow further and also land in the URL.
		await page.fill('#ledger-q', 'beacon');
		await expect.poll(() => page.url()).toContain('q=beacon');
		const narrowed = await page.locator('article.claim').count();
		expect(narrowed).toBeGreaterThan(0);
		expect(narrowed).toBeLessThan(shown.length);
		await page.click('text=Clear filters');
		await expect.poll(() => page.locator('article.claim').count()).toBe(total);
		expect(new URL(page.url()).search).toBe('');
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('restores a shared URL with several filters and a sort', async () => {
		const { page } = await watchedPage(browser, 1280);
		await page.goto(
			`${origin}/claims?occupation=29-2012&measure=employment_change_pct&sort=value`,
			{ waitUntil: 'networkidle' }
		);
		await hydrated(page);
		expect(await page.locator('#ledger-occupation').inputValue()).toBe('29-2012');
		expect(await page.locator('#ledger-measure').inputValue()).toBe('employment_change_pct');
		expect(await page.locator('#ledger-sort').inputValue()).toBe('value');
		const titles = await page.locator('article.claim h2').allInnerTexts();
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.every((t) => t.startsWith('Projected growth (%)'))).toBe(true);
		await page.close();
	});

	it.each(['bh:2026-new-positions', 'bh%3A2026-new-positions'])(
		'permalink /claims#%s targets that claim',
		async (hash) => {
			const { page, problems } = await watchedPage(browser, 390);
			await page.goto(`${origin}/claims#${hash}`, { waitUntil: 'networkidle' });
			await hydrated(page);
			const card = page.locator('#bh\\:2026-new-positions');
			const targeted = await card.evaluate((el) => el.matches(':target, :has(> :target)'));
			expect(targeted).toBe(true);
			const box = await card.boundingBox();
			expect(box).not.toBeNull();
			expect(box!.y).toBeGreaterThanOrEqual(-2);
			expect(box!.y).toBeLessThan(900);
			await page.screenshot({ path: `${SHOTS}/claims-permalink-390.png` });
			expect(problems.console).toEqual([]);
			await page.close();
		}
	);

	it('copies a claim’s permalink', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await context.newPage();
		await page.goto(`${origin}/claims`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await page.locator('#bh\\:2026-new-positions button.copy').click();
		await expect.poll(() => page.locator('p.count').innerText()).toContain('copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${origin}/claims#bh:2026-new-positions`
		);
		await context.close();
	});

	it('downloads the full ledger CSV as a plain link', async () => {
		const { page } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/claims`, { waitUntil: 'networkidle' });
		const rows = csvRows(await downloadedText(page, 'a[href="/claims/ledger.csv"]'));
		expect(rows[0]!.slice(0, 3)).toEqual(['claim_id', 'headline_verdict', 'verdicts']);
		const ids = new Set(rows.slice(1).map((r) => r[0]));
		expect(ids.has('bh:2026-new-positions')).toBe(true);
		const role = rows[0]!.indexOf('figure_role');
		expect(rows.filter((r) => r[0] === 'bh:2026-new-positions').map((r) => r[role])).toEqual([
			'match',
			'newer'
		]);
		await page.close();
	});

	it('neutralises formula-like cells in the exported CSV (hostile document title and publisher)', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		const TITLE = 'Guide to the medical technician career path';
		const EVIL_TITLE = '=HYPERLINK("http://evil.example","click me")';
		const PUBLISHER = 'Beacon Hill Career Training (fastcareertraining.com)';
		const EVIL_PUBLISHER = "+cmd|' /C calc'!A0";
		// Client-side navigation loads /claims/__data.json; serve it with hostile strings, as if the data held them.
		await page.route('**/claims/__data.json*', async (route) => {
			const res = await route.fetch();
			const body = (await res.text())
				.split(JSON.stringify(TITLE))
				.join(JSON.stringify(EVIL_TITLE))
				.split(JSON.stringify(PUBLISHER))
				.join(JSON.stringify(EVIL_PUBLISHER));
			expect(body).toContain('HYPERLINK');
			await route.fulfill({ response: res, body });
		});
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page.click('header nav a[href="/claims"]');
		await page.waitForURL(`${origin}/claims`);
		await hydrated(page);
		await page.selectOption('#ledger-document', 'doc:beacon-hill-career-path-guide');
		// The hostile title is shown as text, never as markup.
		await expect
			.poll(() => page.locator('article.claim').first().innerText())
			.toContain(EVIL_TITLE);
		const csv = await downloadedText(page, '.shown-downloads button:has-text("CSV")');
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click me"")"`);
		const rows = csvRows(csv);
		const header = rows[0]!;
		const body = rows.slice(1);
		expect(body.length).toBeGreaterThan(0);
		for (const r of body) {
			expect(r[header.indexOf('document_title')]).toBe(`'${EVIL_TITLE}`);
			expect(r[header.indexOf('document_publisher')]).toBe(`'${EVIL_PUBLISHER}`);
		}
		// No cell anywhere starts with a formula character unless it is a plain number.
		expect(formulaCells(body)).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});
});
