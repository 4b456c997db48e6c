// The upload worker: reads a dropped CSV off the main thread, validates it row by row with the
// strict loader's core, posts progress and batches, and for a claims file reconciles every claim
// (against the official figures it fetches from /data/, and separately against uploaded datasets).
/// <reference lib="webworker" />
import { blobSource, ingest, type IngestEvent } from './ingest';
import { createFigureStore } from '../checker/figureStore';
import { checkClaims, indexUploaded, type CheckedClaim } from '../checker/checkClaims';
import { uploadSource } from './relabel';
import type { Claim } from '../schema/claim';
import type { Figure } from '../schema/figure';
import type { WorkerRequest, WorkerReply } from './protocol';

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	const { file, datasets, dataUrl } = e.data;
	try {
		const claims: Claim[] = [];
		const result = await ingest(
			blobSource(file),
			file.name,
			(ev: IngestEvent) => {
				if (ev.type === 'batch' && ev.kind === 'claims') {
					for (const c of ev.rows) claims.push(c);
					// The page needs only counts and problems of a claims file; its verdicts come later.
					post({ type: 'ingest', event: { ...ev, rows: [], lines: [] } });
				} else post({ type: 'ingest', event: ev });
			},
			{ pause: macrotask, batchRows: 1000 }
		);
		post({ type: 'result', result });
		if (!result.ok || result.kind !== 'claims' || claims.length === 0) return;

		// Uploaded datasets are re-read here from their File handles: cheaper than copying rows.
		const figures: Figure[] = [];
		const sources = [];
		for (const d of datasets) {
			const r = await ingest(blobSource(d), d.name, (ev) => {
				if (ev.type === 'batch' && ev.kind === 'figures') figures.push(...ev.rows);
			});
			if (r.ok && r.kind === 'figures') sources.push(uploadSource(d.name));
		}
		const store = createFigureStore(dataUrl);
		let pending: CheckedClaim[] = [];
		await checkClaims(claims, store, {
			uploaded: figures.length > 0 ? indexUploaded({ figures, sources }) : null,
			onGroup: (checked, done) => {
				pending.push(...checked);
				if (pending.length >= 250 || done === claims.length) {
					post({ type: 'checked', checks: pending, done, total: claims.length });
					pending = [];
				}
			}
		});
		if (pending.length > 0) post({ type: 'checked', checks: pending, done: claims.length, total: claims.length });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	} finally {
		post({ type: 'finished' });
	}
};
