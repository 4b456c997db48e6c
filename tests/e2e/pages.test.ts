// Each key page: no console errors or CSP violations, charts with marks and a source line, keyboard
// tooltips, zero axe violations, and screenshots at phone and desktop width for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { servedSite } from './site';
import { axeViolations, builtOccupations, sparsestOccupation, watchedPage } from './browser';

const SHOTS = 'tests/e2e/screenshots';
const WIDTHS = [390, 1280];

const sparse = sparsestOccupation();
const PAGES = [
	'/',
	'/occupations',
	...builtOccupations(['29-2010', '29-2011', '29-2012', '15-1252']).map((s) => `/occupations/${s}`),
	...(sparse ? [`/occupations/${sparse}`] : []),
	'/retirement',
	'/groups/HC'
];

let browser: Browser;
let origin: string;
servedSite((site) => ({ browser, origin } = site));

beforeAll(() => {
	mkdirSync(SHOTS, { recursive: true });
});

describe.each(PAGES)('%s', (path) => {
	it.each(WIDTHS)('renders cleanly at %i px', async (width) => {
		const { page, problems } = await watchedPage(browser, width);
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		await page.screenshot({
			path: `${SHOTS}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`,
			fullPage: true
		});

		// Landmarks every page has.
		expect(await page.locator('main#main').count()).toBe(1);
		expect(await page.locator('a.skip-link').count()).toBe(1);

		// Every chart has marks and a source line.
		const charts = page.locator('figure.chart-frame');
		for (let i = 0; i < (await charts.count()); i++) {
			const chart = charts.nth(i);
			const title = await chart.locator('.title').innerText();
			expect(await chart.locator('svg .mark').count(), `marks in "${title}"`).toBeGreaterThan(0);
			expect(await chart.locator('p.source').innerText(), `source line of "${title}"`).toMatch(
				/^Source: \S/
			);
		}

		expect(await axeViolations(page)).toEqual([]);
		expect(problems.csp).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});
});

describe('keyboard', () => {
	it.each(builtOccupations(['29-2010']))(
		'Tab reaches a data point on /occupations/%s and shows its tooltip',
		async (soc) => {
			const { page, problems } = await watchedPage(browser, 1280);
			await page.goto(`${origin}/occupations/${soc}`, { waitUntil: 'networkidle' });
			let onMark = false;
			for (let i = 0; i < 200 && !onMark; i++) {
				await page.keyboard.press('Tab');
				onMark = await page.evaluate(
					() => document.activeElement?.classList.contains('mark') ?? false
				);
			}
			expect(onMark).toBe(true);
			const label = await page.evaluate(
				() => document.activeElement?.getAttribute('aria-label') ?? ''
			);
			const tooltip = page.locator('figure.chart-frame .tooltip');
			await expect.poll(() => tooltip.count()).toBe(1);
			expect(label).not.toBe('');
			expect((await tooltip.innerText()).length).toBeGreaterThan(5);
			expect(problems.console).toEqual([]);
			await page.close();
		}
	);
});

describe('URL state', () => {
	it('?asof= hides figures released later and is kept in the URL', async () => {
		const [soc] = builtOccupations(['29-2010']);
		if (!soc) return;
		const { page } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/occupations/${soc}?asof=2021-01-01`, { waitUntil: 'networkidle' });
		await expect.poll(() => page.locator('.asof').innerText()).toMatch(/hidden/);
		expect(await page.locator('input#asof').inputValue()).toBe('2021-01-01');
		await page.locator('input#asof').fill('');
		await page.locator('input#asof').dispatchEvent('change');
		await expect.poll(() => new URL(page.url()).searchParams.has('asof')).toBe(false);
		await page.close();
	});

	it('?vintage= picks the headline vintage, marks it on the charts and stays in the URL', async () => {
		const [soc] = builtOccupations(['29-2010']);
		if (!soc) return;
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/occupations/${soc}?vintage=EP%202022-32`, {
			waitUntil: 'networkidle'
		});
		const growth = page.locator('.card.headline').filter({ hasText: 'growth' }).first();
		await expect.poll(() => page.locator('select#vintage').inputValue()).toBe('EP 2022-32');
		await expect.poll(() => growth.locator('.value').innerText()).toBe('4.9%');
		expect(await growth.locator('.period').innerText()).toMatch(/2022–32/);
		expect(
			await page.locator('.charts g.chosen[data-vintage="EP 2022-32"]').count()
		).toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
		await page.selectOption('select#vintage', 'EP 2024-34');
		await expect.poll(() => growth.locator('.value').innerText()).toBe('1.7%');
		expect([null, 'EP 2024-34']).toContain(new URL(page.url()).searchParams.get('vintage'));
		expect(await page.locator('.charts g.chosen').count()).toBe(0);
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('the home search works without JavaScript as a GET form', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.fill('input[name=q]', 'nurse');
		await Promise.all([
			page.waitForURL(/\/occupations\?q=nurse/),
			page.click('form[role=search] button[type=submit]')
		]);
		expect(await page.locator('table tbody tr').count()).toBeGreaterThan(100);
		await context.close();
	});

	it('/occupations filters from ?q= and ?group=', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/occupations?group=29-0000&q=laboratory`, {
			waitUntil: 'networkidle'
		});
		await expect.poll(() => page.locator('table tbody tr').count()).toBeLessThan(10);
		const codes = await page.locator('table tbody td.code').allInnerTexts();
		expect(codes.length).toBeGreaterThan(0);
		for (const c of codes) expect(c.startsWith('29-')).toBe(true);
		expect(problems.console).toEqual([]);
		await page.close();
	});
});

describe('chart table and downloads', () => {
	it.each(builtOccupations(['29-2010']))(
		'on /occupations/%s the table draws when opened, and the CSV carries provenance',
		async (soc) => {
			const { page, problems } = await watchedPage(browser, 1280);
			await page.goto(`${origin}/occupations/${soc}`, { waitUntil: 'networkidle' });
			const chart = page.locator('figure.chart-frame').first();
			// Without JavaScript the rows are in the HTML; with it they are drawn on opening.
			expect(await chart.locator('table tbody tr').count()).toBe(0);
			await chart.locator('summary', { hasText: 'Show table' }).click();
			await expect.poll(() => chart.locator('table tbody tr').count()).toBeGreaterThan(0);
			expect(await chart.locator('table caption').innerText()).not.toBe('');

			const [csv] = await Promise.all([
				page.waitForEvent('download'),
				chart.locator('button', { hasText: 'Download CSV' }).click()
			]);
			expect(csv.suggestedFilename()).toMatch(/\.csv$/);
			const lines = readFileSync((await csv.path())!, 'utf8')
				.replace(/^\uFEFF/, '')
				.split('\r\n')
				.filter((l) => l !== '');
			expect(lines[0]).toBe(
				'figure_id,measure,soc_code,occupation,geography,period_start,period_end,vintage,value,value_flag,value_bound,unit,qualifier,comparability,derivation,note,source_id,source_publisher,source_title,source_url'
			);
			expect(lines.length).toBeGreaterThan(1);
			expect(lines.slice(1).every((l) => l.includes(soc))).toBe(true);
			expect(problems.console).toEqual([]);
			await page.close();
		}
	);

	it.each(builtOccupations(['29-2010']))(
		'on /occupations/%s without JavaScript, every chart table opens with its rows',
		async (soc) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`${origin}/occupations/${soc}`);
			const charts = page.locator('figure.chart-frame');
			expect(await charts.count()).toBeGreaterThanOrEqual(4);
			for (let i = 0; i < (await charts.count()); i++) {
				await charts.nth(i).locator('summary', { hasText: 'Show table' }).click();
				expect(await charts.nth(i).locator('table tbody tr').count()).toBeGreaterThan(0);
			}
			// The state table stands in for the map.
			expect(await page.locator('h2', { hasText: 'Wages by state' }).count()).toBe(1);
			expect(await page.locator('.table-scroll table tbody tr').count()).toBeGreaterThan(40);
			await context.close();
		}
	);
});
