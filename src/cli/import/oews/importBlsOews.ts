// `import bls-oews <dir>`: every OEWS national file to wages.csv and its sources.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FigureSchema } from '../../../lib/core/schema/figure';
import { SourceSchema } from '../../../lib/core/schema/source';
import { readTextFile } from '../csv/readTextFile';
import { validateRows } from '../output/validateRows';
import { writeOutput } from '../output/writeOutput';
import { githubSource, type ManualSource } from '../provenance/githubSource';
import { parseProvenance } from '../provenance/parseProvenance';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import { FIGURE_COLUMNS, SOURCE_COLUMNS, type FigureRow, type SourceRow } from '../rowTypes';
import { dedupeOewsRows } from './dedupeOewsRows';
import { oewsFigures } from './oewsFigures';
import { readOewsDir } from './readOewsDir';

export type OewsOptions = { outDir: string; manual?: ManualSource };

const MONTH = { May: 'May', Nov: 'November' } as const;

export function importBlsOews(dir: string, options: OewsOptions): ImportReport {
	const report = new ReportBuilder('bls-oews');
	const files = readOewsDir(dir);
	if (files.length === 0) throw new Error(`${dir}: no oews-national-*.csv files`);
	const readme = join(dir, 'README.md');
	const provenance = existsSync(readme) ? parseProvenance(readTextFile(readme)) : new Map();
	const unlisted = files.filter((f) => !provenance.has(f.file));
	if (unlisted.length > 1 && options.manual?.sourceUrl)
		throw new Error(
			`${unlisted.length} files have no README provenance row; one --source-url cannot describe them all`
		);

	const wages: FigureRow[] = [];
	const sources: SourceRow[] = [];
	const occupations = new Set<string>();
	for (const file of files) {
		report.read(file.file, file.rows.length + file.rejected.length);
		for (const r of file.rejected)
			report.skip(`${file.file}: ${r.reason}`, `line ${r.record}: ${r.cell}`);
		if (file.short > 0)
			report.note(
				`${file.file}: ${file.short} records end before their empty ANNUAL/HOURLY cells (the workbook conversion drops empty trailing cells); read as empty`
			);
		const { rows, duplicates } = dedupeOewsRows(file.rows);
		report.kept(rows.length);
		for (const d of duplicates)
			report.skip(
				d.identical
					? 'OCC_CODE listed twice (broad and detailed) with identical values; the detailed row is kept'
					: 'OCC_CODE listed twice with DIFFERENT values; the detailed row is kept',
				`${file.label} ${d.code} (${d.groups.join('/')})`
			);
		for (const r of rows) occupations.add(r.code);
		wages.push(...oewsFigures(file, rows, report));
		const p = provenance.get(file.file);
		const distributed = p
			? ` (${p.path
					.split('/')
					.pop()!
					.replace(/\.(csv|xlsx?)$/i, '')})`
			: '';
		sources.push(
			githubSource(file.file, p, options.manual ?? {}, {
				source_id: `oews:${file.key}`,
				vintage: file.label,
				original: {
					publisher: 'U.S. Bureau of Labor Statistics',
					title: `OEWS national occupational employment and wage estimates, ${MONTH[file.month]} ${file.year}${distributed}`,
					url: 'https://www.bls.gov/oes/tables.htm'
				},
				note: `${p?.conversion ? 'The BLS national cross-industry workbook.' : 'CSV conversion of the BLS national cross-industry file.'} TOT_EMP is persons (excludes the self-employed); "#" top codes are not stated in the file.`
			})
		);
	}
	report.report.occupations = occupations.size;
	report.report.vintages = files.map((f) => f.label);
	report.note(
		`${files.filter((f) => f.month === 'May').length} May surveys; other months: ${
			files
				.filter((f) => f.month !== 'May')
				.map((f) => f.label)
				.join(', ') || 'none'
		}`
	);

	const w = validateRows(wages, FigureSchema, 'wages.csv', 'id', report);
	const s = validateRows(sources, SourceSchema, 'sources.csv', 'source_id', report);
	report.produce('wages.csv', w.length);
	report.produce('sources.csv', s.length);
	writeOutput(
		options.outDir,
		{ file: 'wages.csv', columns: FIGURE_COLUMNS, key: 'id', prefix: 'oews:', rows: w },
		report
	);
	writeOutput(
		options.outDir,
		{ file: 'sources.csv', columns: SOURCE_COLUMNS, key: 'source_id', prefix: 'oews:', rows: s },
		report
	);
	return report.report;
}
