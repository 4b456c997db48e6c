// The upload worker's core as a plain function (runs in node tests and benches too): bytes in
// chunks -> strict UTF-8 text -> the strict loader's streaming core -> batches of validated rows
// and located problems, with progress after every chunk. Uploaded figures are re-labelled here,
// before they leave the worker.
import './zodJitless';
import Papa from 'papaparse';
import { createCsvStream, type StreamCounts } from '../core/csv/streamCsv';
import type { Problem } from '../core/csv/problem';
import { FigureSchema, type Figure } from '../core/schema/figure';
import { ClaimSchema, type Claim } from '../core/schema/claim';
import { headProblem, NOT_UTF8, sizeProblem, MAX_UPLOAD_BYTES } from './limits';
import { relabelRow, uploadId } from './relabel';

export type UploadKind = 'figures' | 'claims';

/** Random access to the file's bytes: File.slice in the browser, a Buffer in node. */
export type ByteSource = { size: number; read(start: number, end: number): Promise<Uint8Array> };

export type IngestEvent =
	| { type: 'kind'; kind: UploadKind; sourceId: string }
	| { type: 'progress'; bytes: number; total: number; counts: StreamCounts }
	| {
			type: 'batch';
			kind: 'figures';
			rows: Figure[];
			lines: number[];
			problems: Problem[];
			counts: StreamCounts;
	  }
	| {
			type: 'batch';
			kind: 'claims';
			rows: Claim[];
			lines: number[];
			problems: Problem[];
			counts: StreamCounts;
	  }
	| { type: 'done'; counts: StreamCounts };

export type IngestResult =
	| { ok: true; kind: UploadKind; counts: StreamCounts }
	| { ok: false; message: string; counts: StreamCounts };

export type IngestOptions = {
	/** Bytes read and decoded per step. The first step is at least 1 MB (or the whole file) so
	 * papaparse guesses the delimiter and line endings from the same text as parseCsv would. */
	chunkBytes?: number;
	/** Emit a batch when this many rows (accepted or rejected) have accumulated. */
	batchRows?: number;
	maxBytes?: number;
	/** Checked between chunks; true stops the read (the worker itself is simply terminated). */
	cancelled?: () => boolean;
	/** Let other work run between chunks (a macrotask in the worker). */
	pause?: () => Promise<void>;
};

const GUESS_BYTES = 1024 * 1024;

/** Which schema a header belongs to: claims have a document, datasets have a vintage. */
export function detectKind(headerLine: string): UploadKind | null {
	const cells = (Papa.parse<string[]>(headerLine, { header: false }).data[0] ?? []).map((h) =>
		h.trim().replace(/^\uFEFF/, '')
	);
	if (cells.includes('document_id') || cells.includes('scope_as_stated')) return 'claims';
	if (cells.includes('vintage') || cells.includes('value_flag') || cells.includes('soc_code'))
		return 'figures';
	return null;
}

const FIGURE_HEADER = Object.keys(FigureSchema.shape).join(',');
const CLAIM_HEADER = Object.keys(ClaimSchema.shape).join(',');
export const UNKNOWN_HEADER = `the header matches neither a dataset CSV (${FIGURE_HEADER}) nor a claims CSV (${CLAIM_HEADER})`;

export async function ingest(
	src: ByteSource,
	name: string,
	emit: (e: IngestEvent) => void,
	options: IngestOptions = {}
): Promise<IngestResult> {
	const counts: StreamCounts = { total: 0, accepted: 0, rejected: 0 };
	const refuse = (message: string): IngestResult => ({ ok: false, message, counts });
	const tooBig = sizeProblem(src.size, options.maxBytes ?? MAX_UPLOAD_BYTES);
	if (tooBig) return refuse(tooBig);
	const chunkBytes = options.chunkBytes ?? 1024 * 1024;
	const batchRows = options.batchRows ?? 2000;

	const decoder = new TextDecoder('utf-8', { fatal: true });
	let offset = 0;
	const readText = async (length: number): Promise<string | null> => {
		const end = Math.min(src.size, offset + length);
		const bytes = await src.read(offset, end);
		if (offset === 0) {
			const head = headProblem(bytes);
			if (head) throw new IngestRefusal(head);
		}
		offset = end;
		try {
			return decoder.decode(bytes, { stream: offset < src.size });
		} catch {
			throw new IngestRefusal(NOT_UTF8);
		}
	};

	try {
		// The first text: enough to guess like parseCsv, and to read the header.
		let text = (await readText(Math.max(chunkBytes, GUESS_BYTES))) ?? '';
		while (offset < src.size && !/[\r\n]/.test(text)) text += (await readText(chunkBytes)) ?? '';
		const stripped = text.replace(/^\uFEFF/, '');
		if (stripped.trim() === '') return refuse('the file holds no text: there is nothing to check');
		const firstLine = /^[^\r\n]*/.exec(stripped)![0];
		const kind = detectKind(firstLine);
		if (!kind) return refuse(UNKNOWN_HEADER);
		const sourceId = uploadId(name);
		emit({ type: 'kind', kind, sourceId });

		let rows: (Figure | Claim)[] = [];
		let lines: number[] = [];
		let problems: Problem[] = [];
		let pending = 0;
		const flush = () => {
			if (pending === 0 && problems.length === 0) return;
			const snapshot = { ...stream.counts };
			if (kind === 'figures')
				emit({ type: 'batch', kind, rows: rows as Figure[], lines, problems, counts: snapshot });
			else emit({ type: 'batch', kind, rows: rows as Claim[], lines, problems, counts: snapshot });
			rows = [];
			lines = [];
			problems = [];
			pending = 0;
		};
		const onProblem = (p: Problem) => {
			problems.push(p);
			pending++;
		};
		const stream =
			kind === 'figures'
				? createCsvStream(FigureSchema, name, {
						onRow: (row: Figure, line) => {
							rows.push(relabelRow(row, sourceId));
							lines.push(line);
							if (++pending >= batchRows) flush();
						},
						onProblem,
						unique: ['id']
					})
				: createCsvStream(ClaimSchema, name, {
						onRow: (row: Claim, line) => {
							rows.push(row);
							lines.push(line);
							if (++pending >= batchRows) flush();
						},
						onProblem,
						unique: ['id']
					});
		const progress = () =>
			emit({ type: 'progress', bytes: offset, total: src.size, counts: { ...stream.counts } });
		// Progress first, before the first (largest) chunk is parsed.
		progress();
		stream.push(text);
		Object.assign(counts, stream.counts);
		flush();
		progress();
		while (offset < src.size) {
			if (options.cancelled?.()) {
				flush();
				Object.assign(counts, stream.counts);
				return refuse('cancelled');
			}
			if (options.pause) await options.pause();
			const next = await readText(chunkBytes);
			if (next) stream.push(next);
			Object.assign(counts, stream.counts);
			flush();
			progress();
		}
		const tail = decoder.decode();
		if (tail) stream.push(tail);
		stream.end();
		Object.assign(counts, stream.counts);
		flush();
		emit({ type: 'done', counts: { ...counts } });
		return { ok: true, kind, counts: { ...counts } };
	} catch (e) {
		if (e instanceof IngestRefusal) return refuse(e.message);
		throw e;
	}
}

class IngestRefusal extends Error {}

/** A ByteSource over bytes in memory (tests, benches). */
export function bytesSource(bytes: Uint8Array): ByteSource {
	return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/** A ByteSource over a browser File or Blob. */
export function blobSource(blob: Blob): ByteSource {
	return {
		size: blob.size,
		read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer())
	};
}
