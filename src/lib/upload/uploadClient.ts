// Starts the upload worker for one file and forwards its messages. Cancel terminates it at once.
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
