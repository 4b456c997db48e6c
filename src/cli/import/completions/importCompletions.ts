// `import completions <file> --source-url URL --publisher NAME`: a completions table (awards by CIP,
// year and award level) through the supply schema into data/supply.csv (prefix completions:).
// The shipped data has no such table; see data/README.md.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { SupplySchema } from '../../../lib/core/schema/supply';
import { SourceSchema } from '../../../lib/core/schema/source';
import { readCsvRecords } from '../csv/readCsvRecords';
import { readTextFile } from '../csv/readTextFile';
import { validateRows } from '../output/validateRows';
import { writeOutput } from '../output/writeOutput';
import type { ManualSource } from '../provenance/githubSource';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import { SOURCE_COLUMNS, type SourceRow } from '../rowTypes';
import { completionRows, type SupplyRow } from './completionRows';

export const SUPPLY_COLUMNS = Object.keys(SupplySchema.shape) as (keyof SupplyRow)[];

export function importCompletions(
	file: string,
	options: { outDir: string; manual?: ManualSource }
): ImportReport {
	const report = new ReportBuilder('completions');
	if (!existsSync(file)) throw new Error(`${file}: not found`);
	const { sourceUrl, publisher } = options.manual ?? {};
	if (!sourceUrl || !publisher)
		throw new Error(
			'completions needs --source-url and --publisher: the table the file was taken from'
		);
	const sourceId = `completions:${createHash('sha1').update(sourceUrl).digest('hex').slice(0, 10)}`;
	const rows = validateRows(
		completionRows(
			readCsvRecords(readTextFile(file)),
			basename(file),
			{ id: sourceId, publisher },
			report
		),
		SupplySchema,
		'supply.csv',
		'id',
		report
	);
	const years = [...new Set(rows.map((r) => r.period_start))].sort();
	report.report.vintages = years.map((y) => `completions ${y}`);
	report.produce('supply.csv', rows.length);
	writeOutput(
		options.outDir,
		{ file: 'supply.csv', columns: SUPPLY_COLUMNS, key: 'id', prefix: 'completions:', rows },
		report
	);
	const source: SourceRow = {
		source_id: sourceId,
		kind: 'official',
		publisher,
		title: `Completions table ${basename(file)}`,
		url: sourceUrl,
		published: '',
		vintage: years.length ? `Completions ${years[0]}-${years.at(-1)}` : 'Completions',
		original_publisher: '',
		original_title: '',
		original_url: '',
		note: 'Imported with `import completions`; source named with --source-url/--publisher, not checked by the import.'
	};
	writeOutput(
		options.outDir,
		{
			file: 'sources.csv',
			columns: SOURCE_COLUMNS,
			key: 'source_id',
			prefix: 'completions:',
			rows: validateRows([source], SourceSchema, 'sources.csv', 'source_id', report)
		},
		report
	);
	return report.report;
}
