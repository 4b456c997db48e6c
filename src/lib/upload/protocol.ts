// Messages between the /check page and the upload worker.
import type { CheckedClaim } from '../checker/checkClaims';
import type { IngestEvent, IngestResult } from './ingest';

export type WorkerRequest = {
	file: File;
	/** Dataset files uploaded earlier: uploaded claims are also checked against these (separately). */
	datasets: File[];
	/** Absolute URL of /data/ on this site. */
	dataUrl: string;
};

export type WorkerReply =
	| { type: 'ingest'; event: IngestEvent }
	| { type: 'result'; result: IngestResult }
	| { type: 'checked'; checks: CheckedClaim[]; done: number; total: number }
	| { type: 'error'; message: string }
	/** The worker has nothing more to say. */
	| { type: 'finished' };
