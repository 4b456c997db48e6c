// The streaming core of the strict CSV loader. Text arrives in chunks (any split, even inside a
// quoted cell or a CRLF); papaparse's own chunk machinery rejoins records, and every record is
// validated by the zod schema exactly as parseCsv does: accepted, or rejected with located
// problems, so accepted + rejected === total at every moment. parseCsv is this with one chunk.
import Papa from 'papaparse';
import type { z } from 'zod';
import type { Problem } from './problem';
import { cellAt, rowValidator, type RowSchema } from './rowValidator';
import { firstSeen } from './firstSeen';
import { textWindow } from './textWindow';

export type { RowSchema } from './rowValidator';

export type StreamCounts = { total: number; accepted: number; rejected: number };

export type CsvStreamOptions<T> = {
	/** Called for every accepted row, in file order, with the 1-based line it starts on. */
	onRow: (row: T, line: number) => void;
	/** Called for every problem as it is found (header problems first). */
	onProblem?: (problem: Problem) => void;
	/** Columns whose values must be unique: a later duplicate is rejected (checked as rows arrive). */
	unique?: string[];
};

export type CsvStream = {
	/** Feed the next piece of decoded text. */
	push(text: string): void;
	/** No more text: flush the last record and the header check. */
	end(): void;
	readonly counts: StreamCounts;
	/** Whether a header row has been read. */
	readonly hasHeader: boolean;
};

/** A Node-style readable that papaparse's ReadableStreamStreamer accepts; we push into it. */
type Handlers = { data?: (chunk: string) => void; end?: () => void; error?: (e: unknown) => void };

export function createCsvStream<S extends RowSchema>(
	schema: S,
	file: string,
	options: CsvStreamOptions<z.output<S>>
): CsvStream {
	const columns = Object.keys(schema.shape);
	const counts: StreamCounts = { total: 0, accepted: 0, rejected: 0 };
	const fail = (
		line: number,
		column: string,
		value: string,
		rule: string,
		severity: Problem['severity'] = 'error'
	) => options.onProblem?.({ file, line, column, value, rule, severity });
	const uniqueSeen = (options.unique ?? []).map((column) => ({ column, seen: firstSeen() }));

	let header: string[] | null = null;
	let headerOk = true;
	let index: number[] = [];
	let lastCursor = 0;
	const validate = rowValidator(schema, columns);

	// Line numbers: line = 1 + line breaks (CRLF, LF or lone CR) before the record's first character.
	// `text` keeps the pushed text from the last record on; breaks are counted up to `countedTo`.
	const text = textWindow();
	let countedTo = 0;
	let breaks = 0;
	// Most files have no CR at all: then counting LFs with indexOf is all it takes.
	let sawCr = false;
	const lineAt = (pos: number): number => {
		if (pos <= countedTo) return 1 + breaks;
		breaks += text.breaksIn(countedTo, pos, sawCr);
		countedTo = pos;
		return 1 + breaks;
	};
	const charAt = text.codeAt;

	const step = (results: Papa.ParseStepResult<string[]>) => {
		const record = results.data;
		const end = results.meta.cursor;
		let start = lastCursor;
		while (start < end) {
			const c = charAt(start);
			if (c !== 10 && c !== 13) break;
			start++;
		}
		const recordLine = lineAt(start);
		lastCursor = end;

		if (header === null) {
			header = record.map((h) => h.trim());
			const seen = new Set<string>();
			for (const h of header) {
				if (seen.has(h)) {
					fail(1, h, h, 'duplicate column name: the file is ambiguous');
					headerOk = false;
				}
				seen.add(h);
				if (!columns.includes(h)) fail(1, h, h, 'unknown column (ignored)', 'warning');
			}
			index = columns.map((c) => header!.indexOf(c));
			columns.forEach((c, i) => {
				if (index[i] === -1 && !schema.shape[c]!.safeParse('').success) {
					fail(1, c, '', 'required column is missing');
					headerOk = false;
				}
			});
			return;
		}

		counts.total++;
		if (!headerOk) {
			counts.rejected++;
			return;
		}
		const errors = results.errors;
		if (
			errors.length > 0 &&
			errors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')
		) {
			fail(recordLine, '', '', 'unterminated or malformed quoted field');
			counts.rejected++;
			return;
		}
		if (record.length !== header.length) {
			const column =
				record.length < header.length ? header[record.length]! : `(field ${record.length})`;
			fail(
				recordLine,
				column,
				'',
				`row has ${record.length} fields; the header has ${header.length}`
			);
			counts.rejected++;
			return;
		}
		// Cells are looked up by schema column: header names from the file never become object keys.
		const parsed = validate(record, index);
		if (!parsed.ok) {
			for (const issue of parsed.issues) {
				const at = columns.indexOf(issue.column);
				fail(recordLine, issue.column, at >= 0 ? cellAt(record, index, at) : '', issue.message);
			}
			counts.rejected++;
			return;
		}
		const data = parsed.value as z.output<S>;
		for (const u of uniqueSeen) {
			const value = (data as Record<string, unknown>)[u.column];
			const first = u.seen.get(value);
			if (first !== undefined) {
				fail(recordLine, u.column, String(value), `duplicate value: already used on line ${first}`);
				counts.rejected++;
				return;
			}
		}
		for (const u of uniqueSeen) u.seen.add((data as Record<string, unknown>)[u.column], recordLine);
		counts.accepted++;
		options.onRow(data, recordLine);
	};

	const handlers: Handlers = {};
	const readable = {
		readable: true,
		read() {},
		pause() {},
		resume() {},
		removeListener() {},
		on(event: keyof Handlers, fn: Handlers[keyof Handlers]) {
			(handlers as Record<string, unknown>)[event] = fn;
		}
	};
	// papaparse's typings list no overload for a readable plus a step config; the runtime path is ReadableStreamStreamer.
	(Papa.parse as unknown as (input: unknown, config: Papa.ParseConfig<string[]>) => void)(
		readable,
		{
			header: false,
			dynamicTyping: false,
			skipEmptyLines: true,
			step,
			// papaparse would swallow an exception thrown while parsing a chunk: pass it on.
			error: (e: unknown) => {
				throw e;
			}
		} as Papa.ParseConfig<string[]>
	);

	let first = true;
	let ended = false;
	return {
		push(chunk: string) {
			if (ended || chunk === '') return;
			// papaparse strips one byte-order mark from string input; do the same for the first chunk.
			if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
			if (first && chunk === '') return;
			first = false;
			// Keep only the text from the earlier of (last record end, counted position) on.
			text.dropBefore(Math.min(lastCursor, countedTo));
			if (!sawCr && chunk.includes('\r')) sawCr = true;
			text.push(chunk);
			handlers.data!(chunk);
		},
		end() {
			if (ended) return;
			ended = true;
			handlers.end!();
			if (header === null) fail(1, '', '', 'the file has no header row');
		},
		counts,
		get hasHeader() {
			return header !== null;
		}
	};
}
