// Ingest benchmark over synthetic uploads of 10k, 100k and 1M rows, end to end:
//   datasets: parse + validate, then the ledger's published claims checked against the upload;
//   claims:   parse + validate, then every claim reconciled against the official figures.
// Throughput (rows/s) and peak memory are each a RATIO to papaparse alone parsing the same bytes
// (header:false) in the same run. Every case runs in its own child process so peak RSS is not
// polluted by the previous one. Prints a table; never asserts timings. Then, if build/ exists, the
// in-browser numbers (longest main-thread task, time to first progress) for a 100k-row upload on
// the built /check page.
//   npx tsx tests/bench/ingest.ts [--sizes 10000,100000] [--full] [--no-browser]
// Reconciling 1M claims takes a few minutes, so at 1M rows it runs only with --full.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { generate, SIZES, fileFor } from './ingest/generate';
import { ensureDataFiles } from './ingest/dataFiles';
import { browserBench } from './ingest/browser';
import type { CaseResult } from './ingest/runCase';

const arg = (name: string) => {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = arg('--sizes')?.split(',').map(Number) ?? SIZES;

function runCase(mode: string, kind: string, rows: number): CaseResult {
	const out = execFileSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'--expose-gc',
			'--max-old-space-size=8192',
			'tests/bench/ingest/runCase.ts',
			mode,
			kind,
			String(rows)
		],
		{
			encoding: 'utf8',
			maxBuffer: 1 << 24
		}
	);
	return JSON.parse(out.trim().split('\n').at(-1)!) as CaseResult;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

await generate(sizes);
await ensureDataFiles();
console.log(
	'\nkind     rows       mode                       rows/s     ratio   peak RSS MB  ratio   accepted/rejected'
);
for (const rows of sizes) {
	for (const kind of ['figures', 'claims'] as const) {
		const base = runCase('papa', kind, rows);
		const modes =
			kind === 'figures' || rows < 1_000_000 || process.argv.includes('--full')
				? ['validate', 'reconcile']
				: ['validate'];
		console.log(
			`${kind.padEnd(8)} ${String(rows).padEnd(10)} ${'papaparse alone'.padEnd(28)} ${fmt(base.rowsPerSec).padStart(10)}   1.00   ${fmt(base.peakRssMb).padStart(8)}     1.00`
		);
		for (const mode of modes) {
			const r = runCase(mode, kind, rows);
			const label =
				mode === 'validate'
					? 'parse+validate'
					: kind === 'claims'
						? 'parse+validate+reconcile'
						: 'parse+validate+check claims';
			console.log(
				`${kind.padEnd(8)} ${String(rows).padEnd(10)} ${label.padEnd(28)} ${fmt(r.rowsPerSec).padStart(10)}   ${(base.rowsPerSec / r.rowsPerSec).toFixed(2).padStart(4)}×  ${fmt(r.peakRssMb).padStart(8)}     ${(r.peakRssMb / base.peakRssMb).toFixed(2)}×  ${r.accepted}/${r.rejected}${r.note ? `  (${r.note})` : ''}`
			);
		}
	}
}
console.log(
	'\nratio = time (or peak RSS) relative to papaparse alone on the same bytes; lower is better; target ≤ 2× at 1M rows.'
);

if (!process.argv.includes('--no-browser') && existsSync('build/check.html')) {
	for (const kind of ['figures', 'claims'] as const) {
		const file = fileFor(kind, 100_000);
		if (!existsSync(file)) await generate([100_000]);
		const b = await browserBench(file);
		const what = kind === 'figures' ? 'upload' : 'upload and check every claim of';
		console.log(
			`\nChromium, built /check, ${what} ${file} (${fmt(b.bytes / 1024)} KB, ${fmt(b.rows)} rows):`
		);
		console.log(`  the page says: ${b.message}`);
		console.log(`  time to first progress update: ${b.firstProgressMs.toFixed(0)} ms`);
		console.log(`  time until done: ${b.totalMs.toFixed(0)} ms`);
		console.log(
			`  long tasks (> 50 ms) on the main thread meanwhile: ${b.longTasks.length}; longest ${b.longestTaskMs.toFixed(0)} ms (target < 50 ms)`
		);
		if (b.longTasks.length)
			console.log(
				`  (long tasks at ${b.longTaskStarts.map((t, i) => `${t} ms: ${b.longTasks[i]!.toFixed(0)} ms`).join(', ')} after the file was chosen)`
			);
	}
} else if (!process.argv.includes('--no-browser'))
	console.log('\n(no build/check.html: run `npm run build` for the Chromium numbers)');
