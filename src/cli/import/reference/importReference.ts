// `import reference <dir>`: official.csv, surveys.csv and claims.csv to the figure datasets,
// retirement.csv, claims.csv and their sources. Run it after bls-ep and bls-oews so it can
// leave out the rows those imports already hold.
import { join } from 'node:path';
import { ClaimSchema } from '../../../lib/core/schema/claim';
import { FigureSchema } from '../../../lib/core/schema/figure';
import { SourceSchema } from '../../../lib/core/schema/source';
import { readTextFile } from '../csv/readTextFile';
import { validateRows } from '../output/validateRows';
import { writeOutput } from '../output/writeOutput';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import { CLAIM_COLUMNS, FIGURE_COLUMNS, SOURCE_COLUMNS } from '../rowTypes';
import { existingFigureIndex } from './existingFigureIndex';
import { readReferenceTable } from './readReferenceTable';
import { referenceClaims } from './referenceClaims';
import { referenceFigures, type ReferenceDatasets } from './referenceFigures';
import { referenceSources, type SourceInput } from './referenceSources';

export type ReferenceOptions = { outDir: string };

const FIGURE_COLUMNS_IN = [
	'id',
	'measure',
	'soc_code',
	'occupation',
	'geography',
	'period_start',
	'period_end',
	'vintage',
	'value',
	'value_low',
	'value_high',
	'unit',
	'qualifier',
	'provenance',
	'source_org',
	'source_title',
	'source_url',
	'published'
];
const CLAIM_COLUMNS_IN = [
	'id',
	'document_org',
	'document_title',
	'document_url',
	'document_published',
	'measure',
	'scope_as_stated',
	'soc_code_as_stated',
	'geography',
	'period_start',
	'period_end',
	'value',
	'value_low',
	'value_high',
	'unit',
	'qualifier',
	'attributed_to'
];

export function importReference(dir: string, options: ReferenceOptions): ImportReport {
	const report = new ReportBuilder('reference');
	const table = (file: string, columns: string[]) => {
		const rows = readReferenceTable(readTextFile(join(dir, file)), file, columns);
		report.read(file, rows.length);
		return rows;
	};
	const inputs: SourceInput[] = [
		...table('official.csv', FIGURE_COLUMNS_IN).map((row) => ({
			file: 'official.csv' as const,
			row
		})),
		...table('surveys.csv', FIGURE_COLUMNS_IN).map((row) => ({ file: 'surveys.csv' as const, row }))
	];
	const claimRows = table('claims.csv', CLAIM_COLUMNS_IN);

	const existing = existingFigureIndex(options.outDir, ['ep:', 'oews:']);
	if (existing.size === 0)
		report.note(
			'no ep:/oews: figures in the data folder yet: run bls-ep and bls-oews first, or rows they hold will be duplicated'
		);
	const sources = referenceSources(inputs, report);
	const figures = referenceFigures(inputs, sources.idOf, existing, report);
	const { claims, documents } = referenceClaims(claimRows, report);

	const all = Object.values(figures).flat();
	report.report.occupations = new Set(all.map((f) => f.soc_code).filter(Boolean)).size;
	report.report.vintages = [...new Set(all.map((f) => f.vintage))].sort();

	const out = options.outDir;
	for (const file of Object.keys(figures) as (keyof ReferenceDatasets)[]) {
		const rows = validateRows(figures[file], FigureSchema, file, 'id', report);
		report.produce(file, rows.length);
		writeOutput(out, { file, columns: FIGURE_COLUMNS, key: 'id', prefix: 'ref:', rows }, report);
	}
	const c = validateRows(claims, ClaimSchema, 'claims.csv', 'id', report);
	const s = validateRows(
		[...sources.rows, ...documents],
		SourceSchema,
		'sources.csv',
		'source_id',
		report
	);
	report.produce('claims.csv', c.length);
	report.produce('sources.csv', s.length);
	writeOutput(
		out,
		{ file: 'claims.csv', columns: CLAIM_COLUMNS, key: 'id', prefix: 'ref:', rows: c },
		report
	);
	writeOutput(
		out,
		{ file: 'sources.csv', columns: SOURCE_COLUMNS, key: 'source_id', prefix: 'ref:', rows: s },
		report
	);
	return report.report;
}
