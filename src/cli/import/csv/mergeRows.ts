// The merge rule for files written by more than one importer: an importer replaces exactly
// the rows whose key starts with its prefix and keeps every other row as it is.
import { readCsvRecords } from './readCsvRecords';

export type MergeResult<K extends string> = {
	rows: Record<K, string>[];
	/** Rows of other importers or entered by hand, kept. */
	kept: number;
	/** This importer's rows from the previous run, replaced. */
	replaced: number;
	/** New rows not written because a kept row already uses the key. */
	shadowed: string[];
};

/**
 * Merge `fresh` rows (all keyed with `prefix`) into the rows of `existingText`.
 * Rows are sorted by key (code-unit order) so output never depends on import order.
 */
export function mergeRows<K extends string>(
	existingText: string | null,
	columns: readonly K[],
	key: K,
	prefix: string,
	fresh: readonly Record<K, string>[],
	owns: (row: Record<K, string>) => boolean = (row) => row[key].startsWith(prefix)
): MergeResult<K> {
	const kept: Record<K, string>[] = [];
	let replaced = 0;
	if (existingText !== null && existingText.trim() !== '') {
		const [header, ...records] = readCsvRecords(existingText);
		const expected = columns.join(',');
		if (!header || header.join(',') !== expected)
			throw new Error(
				`existing file has header "${header?.join(',') ?? ''}", expected "${expected}"; fix the file before re-importing`
			);
		for (const record of records) {
			const row = Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])) as Record<
				K,
				string
			>;
			if (owns(row)) replaced++;
			else kept.push(row);
		}
	}
	const taken = new Set(kept.map((r) => r[key]));
	const shadowed = fresh.filter((r) => taken.has(r[key])).map((r) => r[key]);
	const rows = [...kept, ...fresh.filter((r) => !taken.has(r[key]))];
	rows.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
	return { rows, kept: kept.length, replaced, shadowed };
}
