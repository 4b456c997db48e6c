// RFC 4180 CSV with spreadsheet formula injection neutralised. Reused by every download.

export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text. Text starting with = + - @ tab or CR gets a leading apostrophe and
 * is quoted, so spreadsheets show it as text. Numbers are written as numbers (a negative
 * growth rate stays -0.5); null and undefined become an empty cell, never 0.
 */
export function csvCell(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	const risky = FORMULA_START.test(cell);
	const text = risky ? `'${cell}` : cell;
	return risky || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text, CRLF line endings, no byte-order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
