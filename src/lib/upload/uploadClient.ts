// Starts the upload worker for one job and forwards its messages. Cancel terminates it at once.
import type { CheckedClaim } from '../checker/checkClaims';
import type { WorkerReply, WorkerRequest } from './protocol';

export type UploadHandle = { cancel(): void };

export function startUpload(request: WorkerRequest, onReply: (m: WorkerReply) => void): UploadHandle {
	const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (e: MessageEvent<WorkerReply>) => {
		if (e.data.type === 'finished') worker.terminate();
		onReply(e.data);
	};
	worker.onerror = (e) => onReply({ type: 'error', message: e.message || 'The upload worker failed to start.' });
	worker.postMessage(request);
	return { cancel: () => worker.terminate() };
}

/** Claims checked in the worker (official figures and, separately, the uploaded datasets). */
export function checkInWorker(request: Extract<WorkerRequest, { type: 'check' }>): Promise<CheckedClaim[]> {
	return new Promise((resolve, reject) => {
		const out: CheckedClaim[] = [];
		let failed = false;
		const handle = startUpload(request, (m) => {
			if (m.type === 'checked') for (const c of m.checks) out.push(c);
			else if (m.type === 'error' && !failed) {
				failed = true;
				handle.cancel();
				reject(new Error(m.message));
			} else if (m.type === 'finished' && !failed) resolve(out);
		});
	});
}
