// Page weight: byte counts of the built site are deterministic, so they are tested (timings are not).
// JS is measured as the browser actually loads it (every script response, gzipped at level 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { startStaticServer } from './server';
import { builtOccupations, launchBrowser, sparsestOccupation } from './browser';
import { DATA_BUDGET, DATA_BUDGET_FEATURED, JS_BUDGET_GZIP, occupationPayload, scriptsLoaded } from './weight';

let browser: Browser;
let origin: string;
let close: () => void;

beforeAll(async () => {
	const s = await startStaticServer('build');
	origin = s.origin;
	close = () => s.server.close();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	close?.();
});

const sparse = sparsestOccupation();
const SAMPLE = [...builtOccupations(['29-2010', '15-1252']), ...(sparse ? [sparse] : [])];

describe.each(SAMPLE)('/occupations/%s', (soc) => {
	it('loads under the JS budget, with d3-geo only when it draws a map', async () => {
		const scripts = await scriptsLoaded(browser, `${origin}/occupations/${soc}`);
		const total = scripts.reduce((s, x) => s + x.gzip, 0);
		expect(scripts.length).toBeGreaterThan(0);
		expect(total).toBeLessThan(JS_BUDGET_GZIP);
		const html = readFileSync(`build/occupations/${soc}.html`, 'utf8');
		const hasMap = html.includes('id="states"') || html.includes('Wages by state');
		if (!hasMap) expect(scripts.filter((s) => s.geo).map((s) => s.url)).toEqual([]);
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
