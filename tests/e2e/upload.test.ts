// Bring your own CSV on /check, in real Chromium: a valid dataset, a file with located errors (chosen
// and dropped), an empty file, a claims file checked with verdicts (and never confirmed by the upload
// itself), a claims file larger than one page paged through and downloaded, an article checked against
// an uploaded dataset, a capped problem list with the full report downloadable, and cancelling a large
// upload while the page stays responsive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { servedSite } from './site';
import { axeViolations, watchedPage, type Problems } from './browser';
import { csvRows, downloadedText, formulaCells } from './downloads';

const SHOTS = 'tests/e2e/screenshots';
const FIX = 'tests/fixtures/uploads';
let browser: Browser;
let origin: string;
let tmp: string;
servedSite((site) => ({ browser, origin } = site));

beforeAll(() => {
	mkdirSync(SHOTS, { recursive: true });
	tmp = mkdtempSync(join(tmpdir(), 'upload-e2e-'));
});

afterAll(() => {
	rmSync(tmp, { recursive: true, force: true });
});

const count = async (page: Page, which: string) =>
	Number(await page.locator(`[data-count="${which}"]`).innerText());

async function upload(page: Page, file: string) {
	await page.setInputFiles('#upload-file', file);
}

const problemRows = (page: Page) =>
	page
		.locator('table.problems tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
		);

/** The downloaded validation report, as rows of cells (the fixtures' cells hold no commas or quotes once unquoted). */
async function downloadReport(page: Page): Promise<string[]> {
	return (await downloadedText(page, 'button:has-text("Download the full report (CSV)")'))
		.split('\r\n')
		.filter((l) => l !== '');
}

const FIGURES_HEADER = readFileSync(`${FIX}/figures-valid.csv`, 'utf8').split('\n')[0]!;

/** A CSV file in the test's temporary folder: a header line, then the rows' lines. */
function writeCsv(name: string, header: string, lines: readonly string[]): string {
	const file = join(tmp, name);
	writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
	return file;
}

/** No axe violations, console errors or CSP violations on the page; then it is closed. */
async function expectCleanAndClose(page: Page, problems: Problems) {
	expect(await axeViolations(page)).toEqual([]);
	expect(problems.console).toEqual([]);
	expect(problems.csp).toEqual([]);
	await page.close();
}

const results = (page: Page) => page.locator('#uploaded-claims-heading ~ article.result');
/** The ids of the checked claims shown, once the page of them has all appeared (a few per frame). */
async function resultIds(page: Page): Promise<string[]> {
	await page.waitForSelector(
		'section[aria-labelledby="uploaded-claims-heading"][aria-busy="false"]'
	);
	return results(page).locator('h3').allInnerTexts();
}
const pagerText = (page: Page) =>
	page.locator('nav[aria-label="Pages of checked claims"] span').innerText();

describe('/check#upload', () => {
	it('reads a valid dataset: counts shown, figures badged "Your upload" whatever their stated source', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check#upload`, { waitUntil: 'networkidle' });
		await upload(page, `${FIX}/figures-valid.csv`);
		await page.waitForSelector('text=Every row passed validation');
		expect([
			await count(page, 'total'),
			await count(page, 'accepted'),
			await count(page, 'rejected')
		]).toEqual([3, 3, 0]);
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
		const [total, accepted, rejected] = [
			await count(page, 'total'),
			await count(page, 'accepted'),
			await count(page, 'rejected')
		];
		expect([total, accepted, rejected]).toEqual([6, 1, 5]);
		const rows = await problemRows(page);
		expect(rows).toContainEqual([
			'2',
			'value',
			'"61,890"'.replace(/"/g, ''),
			'must be a plain number: remove thousands separators'
		]);
		expect(rows).toContainEqual([
			'3',
			'measure',
			'median_wage',
			expect.stringMatching(/^must be one of: employment/)
		]);
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

	it('reads a CSV dropped onto the drop zone: counts that add up and every rejected row located', async () => {
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		// A real DataTransfer holding a File made in the page from the fixture's bytes, as a drag from the desktop delivers it.
		const bytes = [...readFileSync(`${FIX}/figures-invalid.csv`)];
		const transfer = await page.evaluateHandle((b) => {
			const dt = new DataTransfer();
			dt.items.add(new File([new Uint8Array(b)], 'figures-invalid.csv', { type: 'text/csv' }));
			return dt;
		}, bytes);
		// Dropped onto the help text inside the zone: the zone must take the drop as it bubbles, and cancel
		// dragover and drop (a browser would otherwise open the file instead).
		const fire = (type: string) =>
			page.evaluate(
				([type, dt]) =>
					!document
						.querySelector('#upload-help')!
						.dispatchEvent(
							new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true })
						),
				[type, transfer] as const
			);
		await fire('dragenter');
		expect(await fire('dragover')).toBe(true);
		await page.waitForSelector('.dropzone.dragging');
		expect(await fire('drop')).toBe(true);
		await page.waitForSelector('p.message:has-text("rows accepted")');
		await page.waitForSelector('table.problems tbody tr:nth-child(5)');
		expect(await page.locator('.dropzone.dragging').count()).toBe(0);
		expect(await page.locator('#report-heading').innerText()).toContain('figures-invalid.csv');
		const [total, accepted, rejected] = [
			await count(page, 'total'),
			await count(page, 'accepted'),
			await count(page, 'rejected')
		];
		expect([total, accepted, rejected]).toEqual([6, 1, 5]);
		expect(accepted + rejected).toBe(total);
		const rows = await problemRows(page);
		expect(rows).toContainEqual([
			'2',
			'value',
			'61,890',
			'must be a plain number: remove thousands separators'
		]);
		expect(rows).toContainEqual([
			'3',
			'measure',
			'median_wage',
			expect.stringMatching(/^must be one of: employment/)
		]);
		expect(rows).toContainEqual(['6', 'vintage', '', 'row has 7 fields; the header has 17']);
		expect(rows).toContainEqual(['7', 'id', 'ok:3', 'duplicate value: already used on line 4']);
		// Every rejected line is located, on screen and in the report (which also names the file).
		const lines = new Set(rows.filter((r) => !r[3]!.startsWith('Warning')).map((r) => r[0]));
		expect([...lines].sort()).toEqual(['2', '3', '5', '6', '7']);
		const report = await downloadReport(page);
		expect(report[0]).toBe('file,line,column,value,rule,severity');
		expect(report.length - 1).toBe(rows.length);
		for (const line of lines)
			expect(report.some((l) => l.startsWith(`figures-invalid.csv,${line},`))).toBe(true);
		// Dropped figures are still only "Your upload".
		expect(await page.locator('text=Your datasets in this tab').innerText()).toContain(
			'figures-invalid.csv (1 figures)'
		);
		await expectCleanAndClose(page, problems);
	});

	it('shows the first 100 problems of a file with more, says so, and the downloaded report lists every one', async () => {
		const body = Array.from({ length: 400 }, (_, i) => {
			const value = i % 3 === 0 ? `$${50000 + i}` : String(50000 + i);
			return `many:${i},median_annual_wage,29-2010,Clinical laboratory technologists and technicians,US,2024-05,2024-05,OEWS May 2024,${value},,,USD per year,exact,comparable,many:src,,`;
		});
		const file = writeCsv('many-problems.csv', FIGURES_HEADER, body);
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, file);
		await page.waitForSelector('p.message:has-text("rows accepted")');
		await page.waitForSelector('table.problems tbody tr:nth-child(100)');
		const [total, accepted, rejected] = [
			await count(page, 'total'),
			await count(page, 'accepted'),
			await count(page, 'rejected')
		];
		expect([total, accepted, rejected]).toEqual([400, 266, 134]);
		expect(await page.locator('table.problems caption').innerText()).toBe(
			'134 problems (showing the first 100; the downloadable report lists every one)'
		);
		expect(await page.locator('table.problems tbody tr').count()).toBe(100);
		const rows = await problemRows(page);
		expect(rows[0]).toEqual([
			'2',
			'value',
			'$50000',
			'must be a plain number: remove the currency sign'
		]);
		const report = await downloadReport(page);
		expect(report.length - 1).toBe(134);
		// Rejected rows are lines 2, 5, 8, ... (every third row, after the header).
		expect(report.slice(1).map((l) => Number(l.split(',')[1]))).toEqual(
			Array.from({ length: 134 }, (_, k) => 2 + 3 * k)
		);
		expect(report.every((l, i) => i === 0 || l.startsWith('many-problems.csv,'))).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems.console).toEqual([]);
		await page.close();
	});

	it('checks an article against an uploaded dataset separately: the upload can confirm only "against your upload"', async () => {
		// A wage the official series never published for registered nurses.
		const file = writeCsv('nurses-mine.csv', FIGURES_HEADER, [
			'mine:rn,median_annual_wage,29-1141,Registered nurses,US,2024-05,2024-05,OEWS May 2024,81234,,,USD per year,exact,comparable,oews:2024,,'
		]);
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, file);
		await page.waitForSelector('text=Every row passed validation');
		await page.fill(
			'#article-text',
			readFileSync('tests/fixtures/articles/nurses-news.txt', 'utf8')
		);
		await page.click('button:has-text("Find figures")');
		await page.waitForSelector('fieldset.claim');
		await page.fill('#claim-5-value', '81234');
		await page.click('button:has-text("Check 6 claims")');
		await page.waitForSelector('.results article.result');
		const fifth = page.locator('.results article.result').nth(4);
		expect(
			await fifth
				.locator('[aria-label="Verdicts against the official figures"] li')
				.first()
				.getAttribute('data-verdict')
		).toBe('no_match');
		expect(
			await fifth
				.locator('[aria-label="Verdicts against your upload"] li')
				.first()
				.getAttribute('data-verdict')
		).toBe('confirmed');
		expect(await fifth.locator('section.vs-upload .badge').first().innerText()).toBe('Your upload');
		expect(await fifth.locator('> .table-scroll .badge').allInnerTexts()).not.toContain(
			'Your upload'
		);
		expect(problems.console).toEqual([]);
		expect(problems.csp).toEqual([]);
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
		expect([
			await count(page, 'total'),
			await count(page, 'accepted'),
			await count(page, 'rejected')
		]).toEqual([3, 2, 1]);
		expect(await resultIds(page)).toHaveLength(2);
		const checked = results(page);
		// $61,890 is the official OEWS May 2024 median: confirmed by the official figures...
		expect(
			await checked
				.nth(0)
				.locator('[aria-label="Verdicts against the official figures"] li')
				.first()
				.getAttribute('data-verdict')
		).toBe('confirmed');
		// ...and a 77.7% growth claim matches nothing official.
		expect(
			await checked
				.nth(1)
				.locator('[aria-label="Verdicts against the official figures"] li')
				.first()
				.getAttribute('data-verdict')
		).toBe('no_match');
		// Against the upload, separately and badged as such.
		const vsUpload = checked.nth(0).locator('section.vs-upload');
		expect(
			await vsUpload
				.locator('[aria-label="Verdicts against your upload"] li')
				.first()
				.getAttribute('data-verdict')
		).toBe('confirmed');
		expect(await vsUpload.locator('.badge').first().innerText()).toBe('Your upload');
		expect(await checked.nth(0).locator('> .table-scroll .badge').allInnerTexts()).not.toContain(
			'Your upload'
		);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `${SHOTS}/check-upload-claims-${width}.png`, fullPage: true });
		}
		await expectCleanAndClose(page, problems);
	});

	it('checks a claims file that names every occupation, fetching their figure files a few at a time', async () => {
		// One claim per shipped occupation: the worker needs ~1,000 figure files, more than a browser
		// lets a page request at once.
		const [header, ...rows] = csvRows(readFileSync('data/claims.csv', 'utf8'));
		const col = (name: string) => header!.indexOf(name);
		const codes = csvRows(readFileSync('data/occupations.csv', 'utf8'))
			.slice(1)
			.map((r) => r[0]!);
		const template = rows.find((r) => r[col('measure')] === 'median_annual_wage')!;
		const claims = codes.map((code, i) =>
			template.map((cell, k) =>
				k === col('id')
					? `every:${i}`
					: k === col('scope_code')
						? code
						: k === col('scope_as_stated')
							? `occupation ${code}`
							: cell
			)
		);
		const file = writeCsv(
			'every-occupation.csv',
			Papa.unparse([header!]),
			claims.map((r) => Papa.unparse([r]))
		);
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, file);
		await page.waitForSelector(
			`p.message.bad, p.message:has-text("${codes.length} claims checked")`,
			{ timeout: 60_000 }
		);
		expect(await page.locator('p.message').innerText()).toContain(`${codes.length} claims checked`);
		const tally = await page.locator('#uploaded-claims-heading ~ p.tally').innerText();
		expect([...tally.matchAll(/(\d+) [a-z ]+/g)].reduce((sum, m) => sum + Number(m[1]), 0)).toBe(
			codes.length
		);
		await expectCleanAndClose(page, problems);
	});

	it('pages through a claims file larger than one page, and downloads every checked claim formula-safe', async () => {
		// The shipped claims, copied under new ids until there are a few hundred; one copy states its
		// scope and attribution as spreadsheet formulas.
		const [header, ...shipped] = csvRows(readFileSync('data/claims.csv', 'utf8'));
		const col = (name: string) => header!.indexOf(name);
		const EVIL_SCOPE = '=HYPERLINK("http://evil.example","lab techs")';
		const EVIL_CREDIT = "@SUM(1+1)*cmd|' /C calc'!A0";
		const rows = Array.from({ length: 5 }, (_, copy) =>
			shipped.map((r) =>
				r.map((cell, i) =>
					i === col('id')
						? `${cell}.copy${copy}`
						: copy === 1 && i === col('scope_as_stated')
							? EVIL_SCOPE
							: copy === 1 && i === col('attributed_to')
								? EVIL_CREDIT
								: cell
				)
			)
		).flat();
		const ids = new Set(rows.map((r) => r[col('id')]));
		const n = rows.length;
		const file = writeCsv(
			'many-claims.csv',
			Papa.unparse([header!]),
			rows.map((r) => Papa.unparse([r]))
		);
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, file);
		await page.waitForSelector(`p.message:has-text("${n} claims checked")`);
		expect([
			await count(page, 'total'),
			await count(page, 'accepted'),
			await count(page, 'rejected')
		]).toEqual([n, n, 0]);

		// The first page, then the next: different claims, each one uploaded, and the pager says which.
		const first = await resultIds(page);
		const perPage = first.length;
		expect(perPage).toBeGreaterThan(1);
		expect(perPage * 2).toBeLessThan(n);
		expect(await pagerText(page)).toBe(`Claims 1–${perPage} of ${n}`);
		await page.click('nav[aria-label="Pages of checked claims"] button:has-text("Next")');
		await expect.poll(() => pagerText(page)).toBe(`Claims ${perPage + 1}–${2 * perPage} of ${n}`);
		const second = await resultIds(page);
		expect(second).toHaveLength(perPage);
		expect(second.filter((id) => first.includes(id))).toEqual([]);
		expect([...first, ...second].every((id) => ids.has(id))).toBe(true);
		await page.click('nav[aria-label="Pages of checked claims"] button:has-text("Previous")');
		await expect.poll(() => pagerText(page)).toBe(`Claims 1–${perPage} of ${n}`);
		expect(await resultIds(page)).toEqual(first);
		// Every headline verdict is counted once.
		const tally = await page.locator('#uploaded-claims-heading ~ p.tally').innerText();
		expect([...tally.matchAll(/(\d+) [a-z ]+/g)].reduce((sum, m) => sum + Number(m[1]), 0)).toBe(n);

		// Every checked claim downloads, the formulas as text.
		const csv = csvRows(
			await downloadedText(
				page,
				'#uploaded-claims-heading ~ .actions button:has-text("Download CSV")'
			)
		);
		const [csvHeader, ...body] = csv;
		expect(body).toHaveLength(n);
		expect(new Set(body.map((r) => r[csvHeader!.indexOf('id')]))).toEqual(ids);
		const hostile = body.filter((r) => r[0]!.endsWith('.copy1'));
		expect(hostile).toHaveLength(shipped.length);
		for (const r of hostile) {
			expect(r[csvHeader!.indexOf('scope_as_stated')]).toBe(`'${EVIL_SCOPE}`);
			expect(r[csvHeader!.indexOf('attributed_to')]).toBe(`'${EVIL_CREDIT}`);
		}
		expect(formulaCells(body)).toEqual([]);
		const records = JSON.parse(
			await downloadedText(
				page,
				'#uploaded-claims-heading ~ .actions button:has-text("Download JSON")'
			)
		) as { id: string }[];
		expect(new Set(records.map((r) => r.id))).toEqual(ids);
		expect(records).toHaveLength(n);
		await expectCleanAndClose(page, problems);
	});

	it('cancels a large upload at once, says how many rows were read, and stays responsive', async () => {
		const body = Array.from(
			{ length: 200_000 },
			(_, i) =>
				`big:${i},median_annual_wage,29-2010,Clinical laboratory technologists and technicians,US,2024-05,2024-05,OEWS May 2024,${50000 + (i % 9000)},,,USD per year,exact,comparable,big:src,,`
		);
		const file = writeCsv('big.csv', FIGURES_HEADER, body);
		const { page, problems } = await watchedPage(browser, 1280);
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		await upload(page, file);
		await page.waitForSelector('#upload-progress');
		// Bytes are reported before the first rows are parsed: wait until the page says rows were read.
		await page.waitForFunction(
			() =>
				Number(
					/^(\d+) rows read/.exec(
						document.querySelector('#upload-progress ~ p')?.textContent ?? ''
					)?.[1]
				) > 0
		);
		await page.click('button:has-text("Cancel")');
		await page.waitForSelector('p.message:has-text("Cancelled:")');
		const message = await page.locator('p.message').innerText();
		const read = Number(/Cancelled: (\d+) rows read/.exec(message)?.[1]);
		expect(read).toBeGreaterThan(0);
		expect(read).toBeLessThan(200_000);
		expect(await page.locator('#upload-progress').count()).toBe(0);
		// Responsive: a frame is painted and typing lands at once.
		const frameMs = await page.evaluate(
			() =>
				new Promise<number>((r) => {
					const t = performance.now();
					requestAnimationFrame(() => r(performance.now() - t));
				})
		);
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
