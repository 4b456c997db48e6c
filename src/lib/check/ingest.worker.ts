// The upload worker: reads a dropped CSV off the main thread, validates it row by row with the
// strict loader's core, posts progress and batches, and for a claims file reconciles every claim
// (against the official figures it fetches from /data/, and separately against uploaded datasets),
// keeping the checked claims: the page asks for one page of them at a time, and for the export.
// It also checks an article's claims when datasets were uploaded: their rows are never copied to
// the page (100k figures there cost long GC pauses and deserialising), so they are read here.
/// <reference lib="webworker" />
import { blobSource, ingest, type IngestEvent } from './ingest';
import { createFigureStore } from './figureStore';
import { checkClaims, indexUploaded, type CheckedClaim, type UploadedIndex } from './checkClaims';
import { uploadSource } from './relabel';
import { reportLines } from './report';
import { keepChecks, type ExportFormat, type KeptChecks } from './keptChecks';
import type { Claim } from '../core/schema/claim';
import type { Figure } from '../core/schema/figure';
import type { Source } from '../core/schema/source';
import { SAMPLE_ROWS, SHOW_PROBLEMS, type WorkerRequest, type WorkerReply } from './protocol';

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

// A macrotask without setTimeout's 4 ms clamp (it would add seconds over a 100k-claim check):
// between groups of claims, page and export requests already queued are answered.
const channel = new MessageChannel();
let wake: (() => void) | null = null;
channel.port1.onmessage = () => wake?.();
const letRequestsIn = () =>
	new Promise<void>((r) => {
		wake = r;
		channel.port2.postMessage(null);
	});

/** The checked claims of this worker's claims upload (one upload per worker). */
let kept: KeptChecks | null = null;
/** Results are handed on in groups of about this many claims. */
const GROUP = 250;

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

/** Checks claims and hands the results on in groups of about GROUP. */
async function check(
	claims: Claim[],
	datasets: File[],
	dataUrl: string,
	documents: Source[],
	deliver: (checks: CheckedClaim[], done: number) => void | Promise<void>
) {
	const uploaded = await uploadedIndex(datasets);
	let pending: CheckedClaim[] = [];
	await checkClaims(claims, createFigureStore(dataUrl), {
		documents,
		uploaded,
		onGroup: async (checked, done) => {
			for (const c of checked) pending.push(c);
			if (pending.length >= GROUP || done === claims.length) {
				const group = pending;
				pending = [];
				await deliver(group, done);
			}
		}
	});
	if (pending.length > 0) await deliver(pending, claims.length);
}

/** Keeps an upload's checks here; the page gets progress, the tally, and the page it shows. */
async function checkUpload(claims: Claim[], datasets: File[], dataUrl: string, pageSize: number) {
	const store = (kept = keepChecks(pageSize));
	await check(claims, datasets, dataUrl, [], async (checks, done) => {
		store.add(checks);
		// Before the progress: the page shows its claims by the time it reads "checked".
		const grown = store.grownPage();
		if (grown) post({ type: 'page', ...grown });
		post({ type: 'checking', done, total: claims.length, headlines: store.headlines() });
		await letRequestsIn();
	});
}

function exportReply(format: ExportFormat): WorkerReply {
	if (!kept) return { type: 'export-failed', format, message: 'no claims have been checked yet' };
	try {
		return { type: 'exported', format, file: kept.exportFile(format) };
	} catch (err) {
		// e.g. a JSON export beyond the longest string the engine can build
		return {
			type: 'export-failed',
			format,
			message: err instanceof Error ? err.message : String(err)
		};
	}
}

async function upload(file: File, datasets: File[], dataUrl: string, pageSize: number) {
	const claims: Claim[] = [];
	let sampled = 0;
	let shown = 0;
	const result = await ingest(
		blobSource(file),
		file.name,
		(ev: IngestEvent) => {
			if (ev.type !== 'batch') return post({ type: 'ingest', event: ev });
			// The page gets counts, what it shows, and the report as text: never every row.
			const sample =
				ev.kind === 'figures' && sampled < SAMPLE_ROWS
					? ev.rows.slice(0, SAMPLE_ROWS - sampled)
					: [];
			sampled += sample.length;
			if (ev.kind === 'claims') for (const c of ev.rows) claims.push(c);
			const problems = shown < SHOW_PROBLEMS ? ev.problems.slice(0, SHOW_PROBLEMS - shown) : [];
			shown += problems.length;
			post({
				type: 'batch',
				counts: ev.counts,
				sample,
				problems,
				problemCount: ev.problems.length,
				report: reportLines(ev.problems)
			});
		},
		// Small batches: the page knows within milliseconds how many rows were read (a cancel reports it),
		// and a batch without rows costs it next to nothing.
		{ pause: macrotask, batchRows: 1000 }
	);
	post({ type: 'result', result });
	if (result.ok && result.kind === 'claims' && claims.length > 0)
		await checkUpload(claims, datasets, dataUrl, pageSize);
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	const req = e.data;
	// Questions about the checks are answered at once, with what exists, even while checking goes on.
	if (req.type === 'page')
		return post({
			type: 'page',
			...(kept?.page(req.offset, req.limit) ?? { offset: req.offset, checks: [] })
		});
	if (req.type === 'export') return post(exportReply(req.format));
	try {
		if (req.type === 'upload') await upload(req.file, req.datasets, req.dataUrl, req.pageSize);
		else
			await check(req.claims, req.datasets, req.dataUrl, req.documents, (checks, done) =>
				post({ type: 'checked', checks, done, total: req.claims.length })
			);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	} finally {
		post({ type: 'finished' });
	}
};
