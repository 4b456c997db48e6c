// Some broad codes are published as their own detailed occupation, so the same OCC_CODE
// appears twice (broad and detailed). One row per code is kept: the detailed one.
import type { OewsRow } from './parseOewsFile';

export type Duplicate = { code: string; groups: string[]; identical: boolean };

export function dedupeOewsRows(rows: readonly OewsRow[]): {
	rows: OewsRow[];
	duplicates: Duplicate[];
} {
	const byCode = new Map<string, OewsRow[]>();
	for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
	const duplicates: Duplicate[] = [];
	const keep = new Set<OewsRow>();
	for (const [code, same] of byCode) {
		if (same.length === 1) {
			keep.add(same[0]!);
			continue;
		}
		const first = JSON.stringify(same[0]!.cells);
		duplicates.push({
			code,
			groups: same.map((r) => r.group || '(blank)'),
			identical: same.every((r) => JSON.stringify(r.cells) === first)
		});
		keep.add(same.find((r) => r.group === 'detailed') ?? same[0]!);
	}
	return { rows: rows.filter((r) => keep.has(r)), duplicates };
}
