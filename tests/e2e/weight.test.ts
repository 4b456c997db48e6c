// Page weight: byte counts of the built site are deterministic, so they are tested (timings are not).
// JS is measured as the browser actually loads it (every script response, gzipped at level 9).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { servedSite } from './site';
import { BUILD_DIR, builtOccupations, sparsestOccupation } from './browser';
import {
	D3_GEO_MARKER,
	DATA_BUDGET,
	DATA_BUDGET_FEATURED,
	JS_BUDGET_GZIP,
	occupationPayload,
	scriptsLoaded
} from './weight';

let browser: Browser;
let origin: string;
servedSite((site) => ({ browser, origin } = site));

const sparse = sparsestOccupation();
const SAMPLE = [...builtOccupations(['29-2010', '15-1252']), ...(sparse ? [sparse] : [])];

describe.each(SAMPLE)('/occupations/%s', (soc) => {
	it('loads under the JS budget, with d3-geo only when it draws a map', async () => {
		const scripts = await scriptsLoaded(browser, `${origin}/occupations/${soc}`);
		const total = scripts.reduce((s, x) => s + x.gzip, 0);
		expect(scripts.length).toBeGreaterThan(0);
		expect(total).toBeLessThan(JS_BUDGET_GZIP);
		const html = readFileSync(`${BUILD_DIR}/occupations/${soc}.html`, 'utf8');
		const hasMap = html.includes('id="states"') || html.includes('Wages by state');
		// The map's d3-geo chunk loads only when the reader scrolls to it, never up front.
		expect(scripts.filter((s) => s.geo).map((s) => s.url)).toEqual([]);
		if (hasMap) {
			const page = await browser.newPage();
			const geo: string[] = [];
			page.on('response', (r) => {
				if (r.request().resourceType() === 'script')
					r.body().then(
						(b) => b.toString('utf8').includes(D3_GEO_MARKER) && geo.push(r.url()),
						() => {}
					);
			});
			await page.goto(`${origin}/occupations/${soc}`, { waitUntil: 'networkidle' });
			await page.locator('h2', { hasText: 'Wages by state' }).first().scrollIntoViewIfNeeded();
			await expect.poll(() => geo.length, { timeout: 20_000 }).toBeGreaterThan(0);
			await page.close();
		}
	});

	it('carries only its own figures, within the data budget', () => {
		const { bytes, view } = occupationPayload(soc);
		expect(view.soc).toBe(soc);
		expect(view.figures.length).toBeGreaterThan(0);
		expect(view.figures.filter((f) => f.soc_code !== soc)).toEqual([]);
		expect(view.allGrowth.filter((f) => f.soc_code !== '00-0000')).toEqual([]);
		expect(bytes).toBeLessThan(soc === '29-2010' ? DATA_BUDGET_FEATURED : DATA_BUDGET);
	});
});

describe.each(['/', '/occupations', '/retirement', '/groups/HC', '/claims', '/sources', '/check'])(
	'%s',
	(path) => {
		it('loads under the JS budget, without d3-geo', async () => {
			const scripts = await scriptsLoaded(browser, origin + path);
			expect(scripts.length).toBeGreaterThan(0);
			expect(scripts.reduce((s, x) => s + x.gzip, 0)).toBeLessThan(JS_BUDGET_GZIP);
			expect(scripts.filter((s) => s.geo).map((s) => s.url)).toEqual([]);
		});
	}
);
