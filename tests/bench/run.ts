// npm run bench: build timing (full site vs a home-only baseline, in the same run), page weight,
// and Lighthouse (mobile) on the home page and the featured occupation page.
// Output: stdout and tests/bench/out/ (git-ignored). Timings live here, never in tests.
import { execFileSync, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FEATURED_SOC } from '../../src/lib/config';
import { startStaticServer } from '../e2e/server';
import { launchBrowser } from '../e2e/browser';
import { occupationPayload, scriptsLoaded } from '../e2e/weight';

const ROOT = resolve('.');
const OUT = join(ROOT, 'tests/bench/out');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync(OUT, { recursive: true });

const countHtml = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce(
		(n, e) =>
			n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
		0
	);

/** A copy of the project whose svelte.config.js prerenders only `/` (no crawl), for the baseline. */
function homeOnlyCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'labor-ledger-bench-'));
	for (const f of ['src', 'static', 'data', 'package.json', 'vite.config.ts', 'tsconfig.json'])
		if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	// Only the home page: every other route folder goes, so no entries() adds pages to the baseline.
	const routes = join(dir, 'src/routes');
	for (const e of readdirSync(routes, { withFileTypes: true }))
		if (e.isDirectory()) rmSync(join(routes, e.name), { recursive: true, force: true });
	const config = readFileSync(join(ROOT, 'svelte.config.js'), 'utf8').replace(
		/prerender:\s*\{/,
		"prerender: { crawl: false, entries: ['/'], handleUnseenRoutes: 'ignore',"
	);
	writeFileSync(join(dir, 'svelte.config.js'), config);
	return dir;
}

function timedBuild(cwd: string): { seconds: number; pages: number } {
	const t = process.hrtime.bigint();
	const r = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
		{ cwd, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const seconds = Number(process.hrtime.bigint() - t) / 1e9;
	if (r.status !== 0) throw new Error(`build failed in ${cwd}`);
	return { seconds, pages: countHtml(join(cwd, 'build')) };
}

async function lighthouseScores(url: string): Promise<Record<string, number | null>> {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu']
	});
	try {
		const r = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices'],
			formFactor: 'mobile'
		});
		const cats = r?.lhr.categories ?? {};
		return Object.fromEntries(
			Object.entries(cats).map(([k, c]) => [k, c.score === null ? null : Math.round(c.score * 100)])
		);
	} finally {
		await chrome.kill();
	}
}

async function main() {
	const report: Record<string, unknown> = {};

	// 1. Build timing, both in the same run on the same machine.
	const copy = homeOnlyCopy();
	try {
		const home = timedBuild(copy);
		const full = timedBuild(ROOT);
		const perPage = (full.seconds - home.seconds) / Math.max(1, full.pages - home.pages);
		report.build = {
			homeOnly: home,
			full,
			secondsPerExtraPage: perPage,
			ratioFullToHomeOnly: full.seconds / home.seconds
		};
		console.log(
			`build: home-only ${home.seconds.toFixed(1)} s (${home.pages} page), full ${full.seconds.toFixed(1)} s (${full.pages} pages)`
		);
		console.log(
			`       ratio full/home-only ${(full.seconds / home.seconds).toFixed(2)}; ${(perPage * 1000).toFixed(1)} ms per extra prerendered page`
		);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}

	// 2. Page weight (bytes are deterministic; the e2e weight test enforces the budgets).
	const { server, origin } = await startStaticServer('build');
	const browser = await launchBrowser();
	const weight: Record<string, unknown> = {};
	for (const path of [
		'/',
		'/occupations',
		`/occupations/${FEATURED_SOC}`,
		'/occupations/15-1252'
	]) {
		const scripts = await scriptsLoaded(browser, origin + path);
		const file = path === '/' ? 'build/index.html' : `build${path}.html`;
		const html = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
		const soc = /^\/occupations\/(.+)$/.exec(path)?.[1];
		weight[path] = {
			scripts: scripts.length,
			jsBytes: scripts.reduce((s, x) => s + x.bytes, 0),
			jsGzip: scripts.reduce((s, x) => s + x.gzip, 0),
			htmlBytes: html.length,
			htmlGzip: gzipSync(html, { level: 9 }).length,
			dataBytes: soc ? occupationPayload(soc).bytes : null,
			largestScripts: scripts
				.sort((a, b) => b.gzip - a.gzip)
				.slice(0, 5)
				.map((s) => `${s.url.split('/').pop()} ${s.gzip} B gz`)
		};
		console.log(`weight ${path}:`, JSON.stringify(weight[path]));
	}
	await browser.close();
	report.weight = weight;

	// 3. Lighthouse, mobile emulation (its default form factor), against the same static server.
	const lh: Record<string, unknown> = {};
	for (const path of ['/', `/occupations/${FEATURED_SOC}`]) {
		lh[path] = await lighthouseScores(origin + path);
		console.log(`lighthouse ${path}:`, JSON.stringify(lh[path]));
	}
	report.lighthouse = lh;
	server.close();

	report.when = new Date().toISOString();
	report.commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
	writeFileSync(join(OUT, 'bench.json'), JSON.stringify(report, null, 2));
	console.log(`wrote ${join(OUT, 'bench.json')} (${statSync(join(OUT, 'bench.json')).size} bytes)`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
