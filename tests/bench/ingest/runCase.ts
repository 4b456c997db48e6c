// One benchmark case in a fresh process: prints one JSON line.
//   node --import tsx --expose-gc tests/bench/ingest/runCase.ts <papa|validate|reconcile> <figures|claims> <rows>
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bytesSource, ingest } from '../../../src/lib/upload/ingest';
import { createFigureStore } from '../../../src/lib/checker/figureStore';
import { checkClaims } from '../../../src/lib/checker/checkClaims';
import type { Claim } from '../../../src/lib/schema/claim';
import { fileFor } from './generate';
import { fileFetch } from './dataFiles';

export type CaseResult = { mode: string; kind: string; rows: number; ms: number; rowsPerSec: number; peakRssMb: number; accepted: number; rejected: number; note?: string };

const [mode, kind, rowsArg] = process.argv.slice(2) as ['papa' | 'validate' | 'reconcile', 'figures' | 'claims', string];
const rows = Number(rowsArg);
// The 50 MB limit is the browser's; the bench measures the same core on larger files.
const bytes = new Uint8Array(readFileSync(fileFor(kind, rows)));
(globalThis as { gc?: () => void }).gc?.();
const baseRss = process.memoryUsage().rss;
let peak = baseRss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 10);
const macrotask = () => new Promise<void>((r) => setImmediate(r));

let accepted = 0;
let rejected = 0;
let note: string | undefined;
const t0 = performance.now();
if (mode === 'papa') {
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	const r = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
	sample();
	accepted = r.data.length - 1;
} else {
	const keep: unknown[] = [];
	const result = await ingest(bytesSource(bytes), `${kind}.csv`, (e) => {
		if (e.type === 'batch') for (const r of e.rows) keep.push(r);
	}, { pause: macrotask, maxBytes: Number.MAX_SAFE_INTEGER });
	if (!result.ok) throw new Error(result.message);
	accepted = result.counts.accepted;
	rejected = result.counts.rejected;
	if (mode === 'reconcile') {
		const store = createFigureStore('http://bench/data/', fileFetch);
		const checks = await checkClaims(keep as Claim[], store, { onGroup: (_c, done) => (done % 2000 < 8 ? macrotask() : undefined) });
		const confirmed = checks.filter((c) => c.official.verdicts[0] === 'confirmed').length;
		note = `${confirmed} confirmed`;
	}
	sample();
}
const ms = performance.now() - t0;
clearInterval(timer);
const out: CaseResult = { mode, kind, rows, ms, rowsPerSec: rows / (ms / 1000), peakRssMb: (peak - baseRss) / 1048576 + baseRss / 1048576, accepted, rejected, note };
console.log(JSON.stringify(out));
