// The full validation report as CSV, built in the upload worker a batch at a time: the page keeps
// only these strings (one per batch), never one object per problem, so a file where every row is
// wrong costs the main thread no more than a valid one.
import { csvCell } from '../export/toCsv';
import type { Problem } from '../core/csv/problem';

export const REPORT_HEADER = ['file', 'line', 'column', 'value', 'rule', 'severity'] as const;

/** CSV lines (CRLF-ended, no header) for these problems. */
export function reportLines(problems: readonly Problem[]): string {
	let out = '';
	for (const p of problems)
		out += `${[p.file, p.line, p.column, p.value, p.rule, p.severity].map(csvCell).join(',')}\r\n`;
	return out;
}

/** The report file: the header, then every batch's lines in order. */
export function reportBlob(parts: readonly string[]): Blob {
	return new Blob([`${REPORT_HEADER.join(',')}\r\n`, ...parts], { type: 'text/csv;charset=utf-8' });
}
