// Every output of an import is merged in memory first and written only when all merged cleanly,
// so a bad existing file (or a bad input found late) leaves data/ exactly as it was.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeByOwner } from '../crosswalk/mergeByOwner';
import { toCsv } from '../csv/toCsv';
import type { ReportBuilder } from '../report/ReportBuilder';

export type PlannedOutput = {
	file: string;
	text: string;
	written: number;
	keptOthers: number;
	replaced: number;
	shadowed: string[];
};

/** Merge an import's rows into one data file: it owns the rows `owns` picks, keeps the rest, sorts by key. */
export function planOutput<K extends string>(
	outDir: string,
	file: string,
	columns: readonly K[],
	keyOf: (row: Record<K, string>) => string,
	owns: (row: Record<K, string>) => boolean,
	fresh: readonly Record<K, string>[]
): PlannedOutput {
	const path = join(outDir, file);
	const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
	let merged;
	try {
		merged = mergeByOwner(existing, columns, keyOf, owns, fresh);
	} catch (e) {
		throw new Error(`${path}: ${(e as Error).message}; fix the file before re-importing`, {
			cause: e
		});
	}
	return {
		file,
		text: toCsv(columns, merged.rows),
		written: fresh.length - merged.shadowed.length,
		keptOthers: merged.kept,
		replaced: merged.replaced,
		shadowed: merged.shadowed
	};
}

export function writePlanned(
	outDir: string,
	planned: readonly PlannedOutput[],
	report: ReportBuilder
): void {
	mkdirSync(outDir, { recursive: true });
	for (const p of planned) {
		for (const k of p.shadowed)
			report.skip(
				`${p.file}: a hand-entered row already uses this key, so the generated row was not written`,
				k
			);
		writeFileSync(join(outDir, p.file), p.text, 'utf8');
		const { file, written, keptOthers, replaced } = p;
		report.report.outputs.push({ file, written, keptOthers, replaced });
	}
}
