// Messages between the /check page and the upload worker.
import type { CheckedClaim } from './checkClaims';
import type { Problem } from '../core/csv/problem';
import type { StreamCounts } from '../core/csv/streamCsv';
import type { Claim } from '../core/schema/claim';
import type { Figure } from '../core/schema/figure';
import type { Source } from '../core/schema/source';
import type { IngestEvent, IngestResult } from './ingest';
import type { ChecksPage, ExportFormat, HeadlineTally } from './keptChecks';

export type WorkerRequest =
	| {
			type: 'upload';
			file: File;
			/** Dataset files uploaded earlier: uploaded claims are also checked against these (separately). */
			datasets: File[];
			/** Absolute URL of /data/ on this site. */
			dataUrl: string;
			/** How many checked claims the page shows at once: it is sent the first page as soon as it exists. */
			pageSize: number;
	  }
	/** Claims from the page (an article), checked here because uploaded datasets live only as files. */
	| { type: 'check'; claims: Claim[]; documents: Source[]; datasets: File[]; dataUrl: string }
	| ChecksQuery;

/** Questions about an uploaded claims file's checked claims, asked during checking or after it. */
export type ChecksQuery =
	/** The reader moved to this page; the reply holds what exists of it, and later messages fill it in. */
	{ type: 'page'; offset: number; limit: number } | { type: 'export'; format: ExportFormat };

/** How many of a file's first rows and problems the page shows; the rest stay in the worker. */
export const SAMPLE_ROWS = 10;
export const SHOW_PROBLEMS = 100;

/** One batch as the page sees it: counts, what it shows, and the batch's part of the full report. */
export type UploadBatch = {
	type: 'batch';
	counts: StreamCounts;
	/** Accepted dataset rows, only until SAMPLE_ROWS have been sent. */
	sample: Figure[];
	/** Problems, only until SHOW_PROBLEMS have been sent. */
	problems: Problem[];
	/** Problems in this batch, shown or not. */
	problemCount: number;
	/** This batch's problems as CSV lines (see report.ts). */
	report: string;
};

export type WorkerReply =
	| { type: 'ingest'; event: Exclude<IngestEvent, { type: 'batch' }> }
	| UploadBatch
	| { type: 'result'; result: IngestResult }
	/** An article's checks, every one (an article has few claims). */
	| { type: 'checked'; checks: CheckedClaim[]; done: number; total: number }
	/** An uploaded claims file's checking progress; its checks stay in the worker. */
	| { type: 'checking'; done: number; total: number; headlines: HeadlineTally }
	/** The page the reader is on, sent when asked for and again while checking adds to it. */
	| ({ type: 'page' } & ChecksPage)
	| { type: 'exported'; format: ExportFormat; file: Blob }
	| { type: 'export-failed'; format: ExportFormat; message: string }
	| { type: 'error'; message: string }
	/** The worker has nothing more to say. */
	| { type: 'finished' };
