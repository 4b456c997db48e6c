// `import crosswalk <dir>`: the NCES CIP 2020 → SOC 2018 crosswalk (CIP-SOC sheet as CSV) to
// data/crosswalk.csv, plus its source row (prefix xwalk:) in data/sources.csv.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrosswalkSchema } from '../../../lib/core/schema/crosswalk';
import { SourceSchema } from '../../../lib/core/schema/source';
import { readCsvRecords } from '../csv/readCsvRecords';
import { readTextFile } from '../csv/readTextFile';
import { toCsv } from '../csv/toCsv';
import { validateRows } from '../output/validateRows';
import { writeOutput } from '../output/writeOutput';
import { githubSource, type ManualSource } from '../provenance/githubSource';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import { SOURCE_COLUMNS, type SourceRow } from '../rowTypes';
import { crosswalkRows, type CrosswalkRow } from './crosswalkRows';
import { mergeByOwner } from './mergeByOwner';
import { readmeProvenance } from './readmeProvenance';

export const CROSSWALK_FILE = 'CIP2020_SOC2018_Crosswalk.csv';
export const CROSSWALK_SOURCE_ID = 'xwalk:cip2020-soc2018';
export const CROSSWALK_COLUMNS = Object.keys(CrosswalkSchema.shape) as (keyof CrosswalkRow)[];

export function importCrosswalk(
	dir: string,
	options: { outDir: string; manual?: ManualSource }
): ImportReport {
	const report = new ReportBuilder('crosswalk');
	const path = join(dir, CROSSWALK_FILE);
	if (!existsSync(path)) throw new Error(`${dir}: no ${CROSSWALK_FILE}`);
	const readme = join(dir, 'README.md');
	const provenance = existsSync(readme)
		? readmeProvenance(readTextFile(readme), CROSSWALK_FILE)
		: undefined;

	const text = readTextFile(path);
	const head = readFileSync(path).subarray(0, 3);
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
		report.note('input has a UTF-8 BOM (Excel "CSV UTF-8" save); stripped');
	if (text.includes('\r\n'))
		report.note('input has CRLF line endings; read as records, written with LF');
	const records = readCsvRecords(text);
	const fresh = validateRows(
		crosswalkRows(records, CROSSWALK_FILE, CROSSWALK_SOURCE_ID, report),
		CrosswalkSchema,
		'crosswalk.csv',
		'cip_code',
		report
	);
	report.produce('crosswalk.csv', fresh.length);
	report.report.occupations = new Set(fresh.map((r) => r.soc_code)).size;
	report.note(
		`${new Set(fresh.map((r) => r.cip_code)).size} programs (CIP codes) and ${report.report.occupations} occupations (SOC codes) after dropping the no-match placeholders`
	);
	report.report.vintages = ['CIP 2020 to SOC 2018'];

	const source: SourceRow = githubSource(CROSSWALK_FILE, provenance, options.manual ?? {}, {
		source_id: CROSSWALK_SOURCE_ID,
		vintage: 'CIP 2020 to SOC 2018',
		original: {
			publisher: 'National Center for Education Statistics',
			title: 'CIP 2020 to SOC 2018 Crosswalk (CIP-SOC sheet)',
			url: 'https://nces.ed.gov/ipeds/cipcode/Files/CIP2020_SOC2018_Crosswalk.xlsx'
		},
		note: 'CSV save of the CIP-SOC sheet of the NCES/BLS workbook. No-match placeholders (SOC 99-9999, CIP 99.9999) dropped.'
	});
	const out = join(options.outDir, 'crosswalk.csv');
	const merged = mergeByOwner(
		existsSync(out) ? readFileSync(out, 'utf8') : null,
		CROSSWALK_COLUMNS,
		(r) => `${r.cip_code}|${r.soc_code}`,
		(r) => r.source_id.startsWith('xwalk:'),
		fresh
	);
	for (const k of merged.shadowed)
		report.skip('crosswalk.csv: a hand-entered row already holds this pair', k);
	mkdirSync(options.outDir, { recursive: true });
	writeFileSync(out, toCsv(CROSSWALK_COLUMNS, merged.rows), 'utf8');
	report.report.outputs.push({
		file: 'crosswalk.csv',
		written: fresh.length - merged.shadowed.length,
		keptOthers: merged.kept,
		replaced: merged.replaced
	});

	const sources = validateRows([source], SourceSchema, 'sources.csv', 'source_id', report);
	writeOutput(
		options.outDir,
		{
			file: 'sources.csv',
			columns: SOURCE_COLUMNS,
			key: 'source_id',
			prefix: 'xwalk:',
			rows: sources
		},
		report
	);
	return report.report;
}
