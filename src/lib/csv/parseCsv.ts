// The one strict path from CSV text to validated rows. papaparse splits records (no type
// guessing); the zod schema owns every cell rule. Every record ends up accepted or rejected
// with located problems, so accepted + rejected === total, always.
import Papa from 'papaparse';
import type { z } from 'zod';
import type { Problem } from './problem';

type RowSchema = z.ZodType<unknown, Record<string, string>> & { shape: Record<string, z.ZodType> };

export type ParseResult<T> = {
	file: string;
	rows: T[];
	/** The 1-based line on which each accepted row starts. */
	lines: number[];
	problems: Problem[];
	total: number;
	accepted: number;
	rejected: number;
};

export type ParseOptions = {
	/** Columns whose values must be unique across the file (checked after row validation). */
	unique?: string[];
};

/** Count line breaks (CRLF, LF or a lone CR) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) n++;
		else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
	}
	return n;
}

export function parseCsv<S extends RowSchema>(
	text: string,
	schema: S,
	file: string,
	options: ParseOptions = {}
): ParseResult<z.output<S>> {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const result: ParseResult<z.output<S>> = { file, rows: [], lines: [], problems: [], total: 0, accepted: 0, rejected: 0 };
	const columns = Object.keys(schema.shape);
	const fail = (line: number, column: string, value: string, rule: string, severity: Problem['severity'] = 'error') =>
		result.problems.push({ file, line, column, value, rule, severity });

	let header: string[] | null = null;
	let headerOk = true;
	let index: number[] = []; // schema column -> position in record, -1 when absent
	let lastCursor = 0;
	let line = 1;

	Papa.parse<string[]>(source, {
		header: false,
		dynamicTyping: false,
		skipEmptyLines: true,
		step: (step) => {
			const record = step.data;
			// Where this record starts: after the previous cursor, skipping the line break and blank lines.
			const end = step.meta.cursor;
			let start = lastCursor;
			while (start < end && (source[start] === '\n' || source[start] === '\r')) start++;
			line += countBreaks(source, lastCursor, start);
			const recordLine = line;
			line += countBreaks(source, start, end);
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

			result.total++;
			if (!headerOk) {
				result.rejected++;
				return;
			}
			const parseErrors = step.errors.filter((e) => e.code !== 'UndetectableDelimiter');
			if (parseErrors.some((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')) {
				fail(recordLine, '', '', 'unterminated or malformed quoted field');
				result.rejected++;
				return;
			}
			if (record.length !== header.length) {
				const column = record.length < header.length ? header[record.length]! : `(field ${record.length})`;
				fail(recordLine, column, '', `row has ${record.length} fields; the header has ${header.length}`);
				result.rejected++;
				return;
			}
			// A prototype-free object: hostile headers such as __proto__ can never reach a real prototype.
			const raw: Record<string, string> = Object.create(null);
			columns.forEach((c, i) => {
				raw[c] = index[i]! >= 0 ? record[index[i]!]! : '';
			});
			const parsed = schema.safeParse(raw);
			if (parsed.success) {
				result.rows.push(parsed.data);
				result.lines.push(recordLine);
				result.accepted++;
			} else {
				for (const issue of parsed.error.issues) {
					const column = String(issue.path[0] ?? '');
					fail(recordLine, column, column in raw ? raw[column]! : '', issue.message);
				}
				result.rejected++;
			}
		}
	});

	if (header === null) fail(1, '', '', 'the file has no header row');

	for (const column of options.unique ?? []) {
		const seen = new Map<unknown, number>();
		const keep: boolean[] = result.rows.map(() => true);
		result.rows.forEach((row, i) => {
			const value = (row as Record<string, unknown>)[column];
			const first = seen.get(value);
			if (first !== undefined) {
				fail(result.lines[i]!, column, String(value), `duplicate value: already used on line ${first}`);
				keep[i] = false;
			} else seen.set(value, result.lines[i]!);
		});
		if (keep.includes(false)) {
			result.rows = result.rows.filter((_, i) => keep[i]);
			result.lines = result.lines.filter((_, i) => keep[i]);
			result.accepted = result.rows.length;
			result.rejected = result.total - result.accepted;
		}
	}
	return result;
}
