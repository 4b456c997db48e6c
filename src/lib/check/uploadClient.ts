// Starts the upload worker for one job and forwards its messages. A claims upload's worker keeps its
// checked claims and answers page and export questions until the caller closes it; close()
// terminates it at once (cancel, another upload, leaving the page).
import type { CheckedClaim } from './checkClaims';
import type { ChecksQuery, WorkerReply, WorkerRequest } from './protocol';

export type UploadHandle = { close(): void; ask(query: ChecksQuery): void };

export function startUpload(
	request: WorkerRequest,
	onReply: (m: WorkerReply) => void
): UploadHandle {
	const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
	// Replies already queued when the job is closed are dropped: they belong to a job the page has left.
	let closed = false;
	worker.onmessage = (e: MessageEvent<WorkerReply>) => closed || onReply(e.data);
	worker.onerror = (e) =>
		closed ||
		onReply({ type: 'error', message: e.message || 'The upload worker failed to start.' });
	worker.postMessage(request);
	return {
		close: () => {
			closed = true;
			worker.terminate();
		},
		ask: (query) => closed || worker.postMessage(query)
	};
}

/** Claims checked in the worker (official figures and, separately, the uploaded datasets). */
export function checkInWorker(
	request: Extract<WorkerRequest, { type: 'check' }>
): Promise<CheckedClaim[]> {
	return new Promise((resolve, reject) => {
		const out: CheckedClaim[] = [];
		const handle = startUpload(request, (m) => {
			if (m.type === 'checked') for (const c of m.checks) out.push(c);
			else if (m.type === 'error') {
				handle.close();
				reject(new Error(m.message));
			} else if (m.type === 'finished') {
				handle.close();
				resolve(out);
			}
		});
	});
}
