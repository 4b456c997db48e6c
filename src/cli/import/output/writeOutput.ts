// File I/O at the edge: merge an import's rows into one data file and write it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeRows } from '../csv/mergeRows';
import { toCsv } from '../csv/toCsv';
import type { ReportBuilder } from '../report/ReportBuilder';

export type OutputSpec<K extends string> = {
	file: string;
	columns: readonly K[];
	/** The unique key column, also the sort key. */
	key: K;
	/** The id prefix this import owns, e.g. "ep:". */
	prefix: string;
	rows: readonly Record<K, string>[];
	/** Which existing rows this import owns; by default those whose key starts with prefix. */
	owns?: (row: Record<K, string>) => boolean;
};

export function writeOutput<K extends string>(
	outDir: string,
	spec: OutputSpec<K>,
	report: ReportBuilder
): void {
	const path = join(outDir, spec.file);
	const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
	const merged = mergeRows(existing, spec.columns, spec.key, spec.prefix, spec.rows, spec.owns);
	for (const id of merged.shadowed)
		report.skip(
			`${spec.file}: a hand-entered row already uses this key, so the generated row was not written`,
			id
		);
	mkdirSync(outDir, { recursive: true });
	writeFileSync(path, toCsv(spec.columns, merged.rows), 'utf8');
	report.report.outputs.push({
		file: spec.file,
		written: spec.rows.length - merged.shadowed.length,
		keptOthers: merged.kept,
		replaced: merged.replaced
	});
}
