// The one strict path from CSV text to validated rows. papaparse splits records (no type
// guessing); the zod schema owns every cell rule. Every record ends up accepted or rejected
// with located problems, so accepted + rejected === total, always. The record-by-record work
// lives in streamCsv.ts (shared with the in-browser upload worker); this is its one-chunk form.
import type { z } from 'zod';
import type { Problem } from './problem';
import { createCsvStream, type RowSchema } from './streamCsv';

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

export function parseCsv<S extends RowSchema>(
	text: string,
	schema: S,
	file: string,
	options: ParseOptions = {}
): ParseResult<z.output<S>> {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const result: ParseResult<z.output<S>> = {
		file,
		rows: [],
		lines: [],
		problems: [],
		total: 0,
		accepted: 0,
		rejected: 0
	};
	const fail = (line: number, column: string, value: string, rule: string) =>
		result.problems.push({ file, line, column, value, rule, severity: 'error' });

	const stream = createCsvStream(schema, file, {
		onRow: (row, line) => {
			result.rows.push(row);
			result.lines.push(line);
		},
		onProblem: (p) => result.problems.push(p)
	});
	stream.push(source);
	stream.end();
	result.total = stream.counts.total;
	result.accepted = stream.counts.accepted;
	result.rejected = stream.counts.rejected;

	for (const column of options.unique ?? []) {
		const seen = new Map<unknown, number>();
		const keep: boolean[] = result.rows.map(() => true);
		result.rows.forEach((row, i) => {
			const value = (row as Record<string, unknown>)[column];
			const first = seen.get(value);
			if (first !== undefined) {
				fail(
					result.lines[i]!,
					column,
					String(value),
					`duplicate value: already used on line ${first}`
				);
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
