// `import cpi <dir>`: CPI-U U.S. city average, all items (CUUR0000SA0) from the BLS flat file
// cu.data.1.AllItems to data/cpi.csv, plus its source row (prefix cpi:) in data/sources.csv.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CpiSchema } from '../../../lib/core/schema/cpi';
import { SourceSchema } from '../../../lib/core/schema/source';
import { readTextFile } from '../csv/readTextFile';
import { validateRows } from '../output/validateRows';
import { writeOutput } from '../output/writeOutput';
import { githubSource, type ManualSource } from '../provenance/githubSource';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import { SOURCE_COLUMNS } from '../rowTypes';
import { readmeProvenance } from '../crosswalk/readmeProvenance';
import { CPI_SERIES, cpiRows, type CpiRow } from './cpiRows';

export const CPI_FILE = 'cu.data.1.AllItems';
export const CPI_SOURCE_ID = 'cpi:cuur0000sa0';
export const CPI_COLUMNS = Object.keys(CpiSchema.shape) as (keyof CpiRow)[];

export function importCpi(
	dir: string,
	options: { outDir: string; manual?: ManualSource }
): ImportReport {
	const report = new ReportBuilder('cpi');
	const path = join(dir, CPI_FILE);
	if (!existsSync(path)) throw new Error(`${dir}: no ${CPI_FILE}`);
	const readme = join(dir, 'README.md');
	const provenance = existsSync(readme)
		? readmeProvenance(readTextFile(readme), CPI_FILE)
		: undefined;
	const rows = validateRows(
		cpiRows(readTextFile(path), CPI_FILE, CPI_SOURCE_ID, report),
		CpiSchema,
		'cpi.csv',
		'id',
		report
	);
	const annual = rows.filter((r) => /^\d{4}$/.test(r.period)).map((r) => r.period);
	report.report.vintages = annual.length
		? [`CPI-U ${CPI_SERIES} annual averages ${annual[0]}-${annual.at(-1)}`]
		: [];
	report.produce('cpi.csv', rows.length);
	writeOutput(
		options.outDir,
		{ file: 'cpi.csv', columns: CPI_COLUMNS, key: 'id', prefix: 'cpi:', rows },
		report
	);
	const source = githubSource(CPI_FILE, provenance, options.manual ?? {}, {
		source_id: CPI_SOURCE_ID,
		vintage: `CPI-U ${CPI_SERIES} (through ${annual.at(-1) ?? '?'} annual average)`,
		original: {
			publisher: 'U.S. Bureau of Labor Statistics',
			title:
				'Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, 1982-84=100, not seasonally adjusted (series CUUR0000SA0)',
			url: 'https://data.bls.gov/timeseries/CUUR0000SA0'
		},
		note: 'LABSTAT flat file cu.data.1.AllItems. Imported: series CUUR0000SA0, annual averages (period M13) and May values (M05).'
	});
	writeOutput(
		options.outDir,
		{
			file: 'sources.csv',
			columns: SOURCE_COLUMNS,
			key: 'source_id',
			prefix: 'cpi:',
			rows: validateRows([source], SourceSchema, 'sources.csv', 'source_id', report)
		},
		report
	);
	return report.report;
}
