// Bring your own CSV on /check, in real Chromium: a valid dataset, a file with located errors,
// an empty file, a claims file checked with verdicts (and never confirmed by the upload itself),
// and cancelling a large upload while the page stays responsive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from './server';
import { BUILD_DIR, axeViolations, launchBrowser, watchedPage } from './browser';

const SHOTS = 'tests/e2e/screenshots';
const FIX = 'tests/fixtures/uploads';
let browser: Browser;
let origin: string;
let close: () => void;
let tmp: string;

beforeAll(async () => {
	const s = await startStaticServer(BUILD_DIR);
	origin = s.origin;
	close = () => s.server.close();
	browser = await launchBrowser();
	mkdirSync(SHOTS, { recursive: true });
	tmp = mkdtempSync(join(tmpdir(), 'upload-e2e-'));
});
afterAll(async () => {
	await browser?.close();
	close?.();
	rmSync(tmp, { recursive: true, force: true });
});


const count = async (page: Page, which: string) => Number(await page.locator(`[data-count="${which}"]`).innerText());

async function upload(page: Page, file: string) {
	await page.setInputFiles('#upload-file', file);
}

describe('/check#upload', () => {
	it('reads a valid dataset: counts shown, figures badged "Your upload" whatever their stated source', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check#upload`, { waitUntil: 'networkidle' });
		await upload(page, `${FIX}/figures-valid.csv`);
		await page.waitForSelector('text=Every row passed validation');
		expect([await count(page, 'total'), await count(page, 'accepted'), await count(page, 'rejected')]).toEqual([3, 3, 0]);
		const badges = await page.locator('#sample-heading ~ .table-scroll .badge').allInnerTexts();
		expect(badges).toEqual(['Your upload', 'Your upload', 'Your upload']);
		expect(await page.locator('text=Your datasets in this tab').count()).toBe(1);
		expect(problems.console).toEqual([]);
		expect(problems.csp).toEqual([]);
		await page.close();
	});

	it('lists each rejected row with line, column, value and rule, and the three counts balance', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, `${FIX}/figures-invalid.csv`);
		await page.waitForSelector('p.message:has-text("rows accepted")');
		await page.waitForSelector('table.problems');
		const [total, accepted, rejected] = [await count(page, 'total'), await count(page, 'accepted'), await count(page, 'rejected')];
		expect([total, accepted, rejected]).toEqual([6, 1, 5]);
		const rows = await page.locator('table.problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
		expect(rows).toContainEqual(['2', 'value', '"61,890"'.replace(/"/g, ''), 'must be a plain number: remove thousands separators']);
		expect(rows).toContainEqual(['3', 'measure', 'median_wage', expect.stringMatching(/^must be one of: employment/)]);
		expect(rows).toContainEqual(['6', 'vintage', '', 'row has 7 fields; the header has 17']);
		expect(rows).toContainEqual(['7', 'id', 'ok:3', 'duplicate value: already used on line 4']);
		expect(await axeViolations(page)).toEqual([]);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `${SHOTS}/check-upload-errors-${width}.png`, fullPage: true });
		}
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('says clearly that a file is empty, binary, not UTF-8 or too large (before reading it)', async () => {
		const { page } = await watchedPage(browser, 390);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		const huge = join(tmp, 'huge.csv');
		writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 'a'));
		await upload(page, huge);
		await page.waitForSelector('p.message.bad:has-text("the limit is 50 MB")');
		expect(await page.locator('#upload-progress').count()).toBe(0);
		for (const [file, text] of [
			['empty.csv', 'The file is empty: there is nothing to check.'],
			['binary.csv', 'the file is binary, not CSV text (it contains NUL bytes)'],
			['latin1.csv', 'the file is not valid UTF-8 text; save it as UTF-8 CSV']
		] as const) {
			await upload(page, `${FIX}/${file}`);
			await page.waitForSelector(`p.message.bad:has-text("${text}")`);
			expect(await page.locator('p.message.bad').getAttribute('role')).toBe('alert');
		}
		await page.close();
	});

	it('checks an uploaded claims file, against the official figures and separately against an uploaded dataset', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, `${FIX}/figures-valid.csv`);
		await page.waitForSelector('text=Every row passed validation');
		await upload(page, `${FIX}/claims-valid.csv`);
		await page.waitForSelector('#uploaded-claims-heading');
		await page.waitForSelector('text=2 claims checked');
		expect([await count(page, 'total'), await count(page, 'accepted'), await count(page, 'rejected')]).toEqual([3, 2, 1]);
		const results = page.locator('#uploaded-claims-heading ~ article.result');
		expect(await results.count()).toBe(2);
		// $61,890 is the official OEWS May 2024 median: confirmed by the official figures...
		expect(await results.nth(0).locator('[aria-label="Verdicts against the official figures"] li').first().getAttribute('data-verdict')).toBe('confirmed');
		// ...and a 77.7% growth claim matches nothing official.
		expect(await results.nth(1).locator('[aria-label="Verdicts against the official figures"] li').first().getAttribute('data-verdict')).toBe('no_match');
		// Against the upload, separately and badged as such.
		const vsUpload = results.nth(0).locator('section.vs-upload');
		expect(await vsUpload.locator('[aria-label="Verdicts against your upload"] li').first().getAttribute('data-verdict')).toBe('confirmed');
		expect(await vsUpload.locator('.badge').first().innerText()).toBe('Your upload');
		expect(await results.nth(0).locator('> .table-scroll .badge').allInnerTexts()).not.toContain('Your upload');
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `${SHOTS}/check-upload-claims-${width}.png`, fullPage: true });
		}
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.console).toEqual([]);
		expect(problems.csp).toEqual([]);
		await page.close();
	});

	it('cancels a large upload at once, says how many rows were read, and stays responsive', async () => {
		const header = readFileSync(`${FIX}/figures-valid.csv`, 'utf8').split('\n')[0];
		const body: string[] = [];
		for (let i = 0; i < 200_000; i++)
			body.push(`big:${i},median_annual_wage,29-2010,Clinical laboratory technologists and technicians,US,2024-05,2024-05,OEWS May 2024,${50000 + (i % 9000)},,,USD per year,exact,comparable,big:src,,`);
		const file = join(tmp, 'big.csv');
		writeFileSync(file, `${header}\n${body.join('\n')}\n`);
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, file);
		await page.waitForSelector('#upload-progress');
		await page.waitForFunction(() => Number(document.querySelector<HTMLProgressElement>('#upload-progress')?.value) > 0);
		await page.click('button:has-text("Cancel")');
		await page.waitForSelector('p.message:has-text("Cancelled:")');
		const message = await page.locator('p.message').innerText();
		const read = Number(/Cancelled: (\d+) rows read/.exec(message)?.[1]);
		expect(read).toBeGreaterThan(0);
		expect(read).toBeLessThan(200_000);
		expect(await page.locator('#upload-progress').count()).toBe(0);
		// Responsive: a frame is painted and typing lands at once.
		const frameMs = await page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
		expect(frameMs).toBeLessThan(1000);
		await page.fill('#article-text', 'still responsive');
		expect(await page.inputValue('#article-text')).toBe('still responsive');
		// The counts stop where they were: nothing arrives after the cancel.
		await page.waitForTimeout(500);
		expect(await page.locator('p.message').innerText()).toBe(message);
		expect(problems.console).toEqual([]);
		await page.close();
	});
});
