// In-browser ingest numbers on the built site: upload a file on /check in Chromium and record the
// longest main-thread task (PerformanceObserver 'longtask') while it loads (and, for a claims file,
// while its claims are checked), and the time from choosing the file to the first progress update.
import { statSync } from 'node:fs';
import { startStaticServer } from '../../e2e/server';
import { launchBrowser } from '../../e2e/browser';

export type BrowserBench = {
	bytes: number;
	rows: number;
	message: string;
	firstProgressMs: number;
	totalMs: number;
	longTasks: number[];
	longTaskStarts: number[];
	longestTaskMs: number;
};

type Probe = { chosen: number; firstProgress: number; longTasks: number[]; at: number[] };

export async function browserBench(file: string, buildDir = 'build'): Promise<BrowserBench> {
	const { server, origin } = await startStaticServer(buildDir);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		// Injected through the DevTools protocol before any page script (the page CSP is not involved).
		await page.addInitScript(() => {
			const probe: Probe = { chosen: 0, firstProgress: 0, longTasks: [], at: [] };
			(window as unknown as { __probe: Probe }).__probe = probe;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries())
					if (probe.chosen > 0) {
						probe.longTasks.push(e.duration);
						probe.at.push(Math.round(e.startTime - probe.chosen));
					}
			}).observe({ type: 'longtask', buffered: false });
			document.addEventListener(
				'change',
				(e) => {
					if ((e.target as HTMLElement).id === 'upload-file') probe.chosen = performance.now();
				},
				true
			);
			new MutationObserver(() => {
				if (probe.chosen && !probe.firstProgress) {
					const p = document.querySelector<HTMLProgressElement>('#upload-progress');
					if (p && p.value > 0) probe.firstProgress = performance.now();
				}
			}).observe(document, {
				subtree: true,
				childList: true,
				attributes: true,
				characterData: true
			});
		});
		await page.goto(`${origin}/check`, { waitUntil: 'networkidle' });
		// Playwright compiles its own ~330 KB injected script on the page's main thread the first time a
		// wait needs it: do that now, so it is not counted as a long task of the upload.
		await page.waitForSelector('#upload-file');
		await page.waitForFunction(() => true);
		await page.setInputFiles('#upload-file', file);
		await page.waitForSelector('[data-count="total"]', { timeout: 120_000 });
		// Reading ends when its progress bar goes; a claims file is then checked, behind a second one.
		await page.waitForFunction(
			() =>
				!document.querySelector('#upload-progress') && !document.querySelector('#check-progress'),
			null,
			{ timeout: 600_000 }
		);
		const done = await page.evaluate(() => performance.now());
		const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
		const message = (
			await page
				.locator('#upload .message')
				.first()
				.innerText({ timeout: 5000 })
				.catch(() => '')
		).trim();
		const rows = Number(
			await page
				.locator('[data-count="total"]')
				.innerText({ timeout: 5000 })
				.catch(() => 'NaN')
		);
		return {
			bytes: statSync(file).size,
			rows,
			message,
			firstProgressMs: probe.firstProgress - probe.chosen,
			totalMs: done - probe.chosen,
			longTasks: probe.longTasks,
			longTaskStarts: probe.at,
			longestTaskMs: Math.max(0, ...probe.longTasks)
		};
	} finally {
		await browser.close();
		server.close();
	}
}
