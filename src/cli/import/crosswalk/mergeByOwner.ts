// Merge for files keyed by a pair of columns (no id column): replace the rows this import owns
// (by source_id prefix), keep every other row, and sort by the composite key.
import { readCsvRecords } from '../csv/readCsvRecords';

export function mergeByOwner<K extends string>(
	existingText: string | null,
	columns: readonly K[],
	keyOf: (row: Record<K, string>) => string,
	owns: (row: Record<K, string>) => boolean,
	fresh: readonly Record<K, string>[]
): { rows: Record<K, string>[]; kept: number; replaced: number; shadowed: string[] } {
	const kept: Record<K, string>[] = [];
	let replaced = 0;
	if (existingText !== null && existingText.trim() !== '') {
		const [header, ...records] = readCsvRecords(existingText);
		if (!header || header.join(',') !== columns.join(','))
			throw new Error(
				`existing file has header "${header?.join(',') ?? ''}", expected "${columns.join(',')}"`
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
	const taken = new Set(kept.map(keyOf));
	const shadowed = fresh.filter((r) => taken.has(keyOf(r))).map(keyOf);
	const rows = [...kept, ...fresh.filter((r) => !taken.has(keyOf(r)))];
	rows.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
	return { rows, kept: kept.length, replaced, shadowed };
}
