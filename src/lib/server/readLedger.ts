// Reads every CSV in data/ through the strict loader and checks references between files.
// Used at build time (load functions) and by the CLI; never shipped to the browser.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { parseCsv, type ParseResult } from '../core/csv/parseCsv';
import { decodeText } from '../core/csv/decodeText';
import type { Problem } from '../core/csv/problem';
import { FigureSchema, type Figure } from '../core/schema/figure';
import { SourceSchema, type Source } from '../core/schema/source';
import { ClaimSchema, type Claim } from '../core/schema/claim';
import { ReleaseSchema, type Release } from '../core/schema/release';
import { OccupationSchema, type Occupation } from '../core/schema/occupation';

/** The four figure datasets, by the question each answers. */
export const DATASET_FILES = [
	'projections.csv',
	'openings.csv',
	'wages.csv',
	'retirement.csv'
] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];

export type FileReport = { file: string; total: number; accepted: number; rejected: number };

export type Ledger = {
	sources: Source[];
	releases: Release[];
	occupations: Occupation[];
	figures: Figure[];
	/** Which dataset file each figure came from, by figure id. */
	datasetOf: Map<string, DatasetFile>;
	claims: Claim[];
	problems: Problem[];
	files: FileReport[];
};

type Schema = Parameters<typeof parseCsv>[1];

export function readCsvFile<S extends Schema>(
	path: string,
	schema: S,
	label: string,
	unique: string[] = []
): ParseResult<z.output<S>> {
	if (!existsSync(path)) {
		return {
			file: label,
			rows: [],
			lines: [],
			total: 0,
			accepted: 0,
			rejected: 0,
			problems: [
				{ file: label, line: 0, column: '', value: '', rule: 'file not found', severity: 'error' }
			]
		};
	}
	const decoded = decodeText(readFileSync(path));
	if (!decoded.ok) {
		return {
			file: label,
			rows: [],
			lines: [],
			total: 0,
			accepted: 0,
			rejected: 0,
			problems: [
				{ file: label, line: 0, column: '', value: '', rule: decoded.reason, severity: 'error' }
			]
		};
	}
	return parseCsv(decoded.text, schema, label, { unique });
}

export function readLedger(dataDir = 'data'): Ledger {
	const problems: Problem[] = [];
	const files: FileReport[] = [];
	const take = <T>(r: ParseResult<T>): T[] => {
		problems.push(...r.problems);
		files.push({ file: r.file, total: r.total, accepted: r.accepted, rejected: r.rejected });
		return r.rows;
	};
	const sources = take(
		readCsvFile(join(dataDir, 'sources.csv'), SourceSchema, 'sources.csv', ['source_id'])
	);
	const releases = take(
		readCsvFile(join(dataDir, 'releases.csv'), ReleaseSchema, 'releases.csv', ['vintage'])
	);
	const occupations = take(
		readCsvFile(join(dataDir, 'occupations.csv'), OccupationSchema, 'occupations.csv', ['soc_code'])
	);
	const claimsResult = readCsvFile(join(dataDir, 'claims.csv'), ClaimSchema, 'claims.csv', ['id']);
	const claims = take(claimsResult);

	const sourceIds = new Set(sources.map((s) => s.source_id));
	const figures: Figure[] = [];
	const datasetOf = new Map<string, DatasetFile>();
	for (const file of DATASET_FILES) {
		const r = readCsvFile(join(dataDir, file), FigureSchema, file, ['id']);
		r.rows.forEach((f, i) => {
			if (datasetOf.has(f.id)) {
				problems.push({
					file,
					line: r.lines[i]!,
					column: 'id',
					value: f.id,
					rule: `duplicate id: already used in ${datasetOf.get(f.id)}`,
					severity: 'error'
				});
				return;
			}
			if (!sourceIds.has(f.source_id)) {
				problems.push({
					file,
					line: r.lines[i]!,
					column: 'source_id',
					value: f.source_id,
					rule: 'must name a source_id listed in sources.csv',
					severity: 'error'
				});
				return;
			}
			figures.push(f);
			datasetOf.set(f.id, file);
		});
		problems.push(...r.problems);
		files.push({
			file,
			total: r.total,
			accepted: figures.filter((f) => datasetOf.get(f.id) === file).length,
			rejected: r.total - figures.filter((f) => datasetOf.get(f.id) === file).length
		});
	}
	claimsResult.rows.forEach((c, i) => {
		if (!sourceIds.has(c.document_id))
			problems.push({
				file: 'claims.csv',
				line: claimsResult.lines[i]!,
				column: 'document_id',
				value: c.document_id,
				rule: 'must name a source_id listed in sources.csv',
				severity: 'error'
			});
	});
	for (const [i, r] of releases.entries()) {
		if (!sourceIds.has(r.source_id))
			problems.push({
				file: 'releases.csv',
				line: i + 2,
				column: 'source_id',
				value: r.source_id,
				rule: 'must name a source_id listed in sources.csv',
				severity: 'error'
			});
	}
	return { sources, releases, occupations, figures, datasetOf, claims, problems, files };
}
