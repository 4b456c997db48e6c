// One benchmark case in a fresh process: prints one JSON line.
//   node --import tsx --expose-gc tests/bench/ingest/runCase.ts <papa|validate|reconcile> <figures|claims> <rows>
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bytesSource, ingest } from '../../../src/lib/check/ingest';
import { createFigureStore } from '../../../src/lib/check/figureStore';
import { checkClaims, indexUploaded } from '../../../src/lib/check/checkClaims';
import { uploadSource } from '../../../src/lib/check/relabel';
import { readCsvFile } from '../../../src/lib/server/readLedger';
import { ClaimSchema, type Claim } from '../../../src/lib/core/schema/claim';
import type { Figure } from '../../../src/lib/core/schema/figure';
import { fileFor } from './generate';
import { fileFetch } from './dataFiles';

export type CaseResult = {
	mode: string;
	kind: string;
	rows: number;
	ms: number;
	rowsPerSec: number;
	peakRssMb: number;
	accepted: number;
	rejected: number;
	note?: string;
};

const [mode, kind, rowsArg] = process.argv.slice(2) as [
	'papa' | 'validate' | 'reconcile',
	'figures' | 'claims',
	string
];
const rows = Number(rowsArg);
// The 50 MB limit is the browser's; the bench measures the same core on larger files.
const bytes = new Uint8Array(readFileSync(fileFor(kind, rows)));
// A dataset upload is used to check claims against: the ledger's published claims, as /check does.
const publishedClaims =
	mode === 'reconcile' && kind === 'figures'
		? readCsvFile('data/claims.csv', ClaimSchema, 'claims.csv').rows
		: [];
(globalThis as { gc?: () => void }).gc?.();
const baseRss = process.memoryUsage().rss;
let peak = baseRss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 10);
const macrotask = () => new Promise<void>((r) => setImmediate(r));

let accepted: number;
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
	const result = await ingest(
		bytesSource(bytes),
		`${kind}.csv`,
		(e) => {
			if (e.type === 'batch') for (const r of e.rows) keep.push(r);
		},
		{ pause: macrotask, maxBytes: Number.MAX_SAFE_INTEGER }
	);
	if (!result.ok) throw new Error(result.message);
	accepted = result.counts.accepted;
	rejected = result.counts.rejected;
	if (mode === 'reconcile') {
		const store = createFigureStore('http://bench/data/', fileFetch);
		if (kind === 'claims') {
			const checks = await checkClaims(keep as Claim[], store, {
				onGroup: (_c, done) => (done % 2000 < 8 ? macrotask() : undefined)
			});
			note = `${checks.filter((c) => c.official.verdicts[0] === 'confirmed').length} confirmed`;
		} else {
			const uploaded = indexUploaded({
				figures: keep as Figure[],
				sources: [uploadSource(`${kind}.csv`)]
			});
			const checks = await checkClaims(publishedClaims, store, { uploaded });
			note = `${checks.length} published claims checked against the upload, ${checks.filter((c) => c.upload && c.upload.verdicts[0] !== 'unsourced').length} with a series in it`;
		}
	}
	sample();
}
const ms = performance.now() - t0;
clearInterval(timer);
const out: CaseResult = {
	mode,
	kind,
	rows,
	ms,
	rowsPerSec: rows / (ms / 1000),
	peakRssMb: (peak - baseRss) / 1048576 + baseRss / 1048576,
	accepted,
	rejected,
	note
};
console.log(JSON.stringify(out));
