// Our one CSV writer: RFC 4180 quoting, LF line endings, no BOM, a final newline.

function quote(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Serialise rows under a header; every row must have exactly the header's keys. */
export function toCsv<K extends string>(
	columns: readonly K[],
	rows: readonly Record<K, string>[]
): string {
	const lines = [columns.map(quote).join(',')];
	for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
	return lines.join('\n') + '\n';
}
