// The upload worker: reads a dropped CSV off the main thread, validates it row by row with the
// strict loader's core, posts progress and batches, and for a claims file reconciles every claim
// (against the official figures it fetches from /data/, and separately against uploaded datasets).
// It also checks an article's claims when datasets were uploaded: their rows are never copied to
// the page (100k figures there cost long GC pauses and deserialising), so they are read here.
/// <reference lib="webworker" />
import { blobSource, ingest, type IngestEvent } from './ingest';
import { createFigureStore } from '../checker/figureStore';
import { checkClaims, indexUploaded, type CheckedClaim, type UploadedIndex } from '../checker/checkClaims';
import { uploadSource } from './relabel';
import { reportLines } from './report';
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import type { Source } from '../schema/source';
import { SAMPLE_ROWS, SHOW_PROBLEMS, type WorkerRequest, type WorkerReply } from './protocol';

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Uploaded datasets, re-read from their File handles: cheaper than keeping rows anywhere. */
async function uploadedIndex(datasets: File[]): Promise<UploadedIndex | null> {
	const figures: Figure[] = [];
	const sources: Source[] = [];
	for (const d of datasets) {
		const r = await ingest(blobSource(d), d.name, (ev) => {
			if (ev.type === 'batch' && ev.kind === 'figures') for (const f of ev.rows) figures.push(f);
		});
		if (r.ok && r.kind === 'figures') sources.push(uploadSource(d.name));
	}
	return figures.length > 0 ? indexUploaded({ figures, sources }) : null;
}

/** Checks claims and posts the results in groups of about 250. */
async function check(claims: Claim[], datasets: File[], dataUrl: string, documents: Source[] = []) {
	const uploaded = await uploadedIndex(datasets);
	let pending: CheckedClaim[] = [];
	await checkClaims(claims, createFigureStore(dataUrl), {
		documents,
		uploaded,
		onGroup: (checked, done) => {
			for (const c of checked) pending.push(c);
			if (pending.length >= 250 || done === claims.length) {
				post({ type: 'checked', checks: pending, done, total: claims.length });
				pending = [];
			}
		}
	});
	if (pending.length > 0) post({ type: 'checked', checks: pending, done: claims.length, total: claims.length });
}

async function upload(file: File, datasets: File[], dataUrl: string) {
	const claims: Claim[] = [];
	let sampled = 0;
	let shown = 0;
	const result = await ingest(
		blobSource(file),
		file.name,
		(ev: IngestEvent) => {
			if (ev.type !== 'batch') return post({ type: 'ingest', event: ev });
			// The page gets counts, what it shows, and the report as text: never every row.
			const sample = ev.kind === 'figures' && sampled < SAMPLE_ROWS ? ev.rows.slice(0, SAMPLE_ROWS - sampled) : [];
			sampled += sample.length;
			if (ev.kind === 'claims') for (const c of ev.rows) claims.push(c);
			const problems = shown < SHOW_PROBLEMS ? ev.problems.slice(0, SHOW_PROBLEMS - shown) : [];
			shown += problems.length;
			post({ type: 'batch', counts: ev.counts, sample, problems, problemCount: ev.problems.length, report: reportLines(ev.problems) });
		},
		// Small batches: the page knows within milliseconds how many rows were read (a cancel reports it),
		// and a batch without rows costs it next to nothing.
		{ pause: macrotask, batchRows: 1000 }
	);
	post({ type: 'result', result });
	if (result.ok && result.kind === 'claims' && claims.length > 0) await check(claims, datasets, dataUrl);
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	const req = e.data;
	try {
		if (req.type === 'upload') await upload(req.file, req.datasets, req.dataUrl);
		else await check(req.claims, req.datasets, req.dataUrl, req.documents);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	} finally {
		post({ type: 'finished' });
	}
};
