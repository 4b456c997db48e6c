// `import titles <shared>`: occupation titles from the SOC 2018 structure and direct-match file
// (<shared>/soc), O*NET (<shared>/onet/30.0 and 29.3) and the Census index (<shared>/census-index),
// plus the editorial <out>/title-additions.csv, to data/titles.csv and source rows (prefix titles:).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SourceSchema } from '../../../lib/core/schema/source';
import { TitleSchema, type TitleKind } from '../../../lib/core/schema/title';
import { readTextFile } from '../csv/readTextFile';
import { validateRows } from '../output/validateRows';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import { SOURCE_COLUMNS } from '../rowTypes';
import { inputSource, type SharedInput } from '../soc/inputSource';
import { planOutput, writePlanned } from '../soc/plannedOutput';
import { readSharedInput, readSocFolder } from '../soc/readSocFolder';
import { strictRecords, type LocatedRecord } from '../soc/strictRecords';
import { CENSUS_HEADER, censusTitles } from './censusTitles';
import { dedupeTitles } from './dedupeTitles';
import {
	ALTERNATE_HEADER,
	OCCUPATION_HEADER,
	REPORTED_HEADER,
	onetAlternateTitles,
	onetOccupationTitles,
	onetReportedTitles
} from './onetTitles';
import { socCodeMap } from './socCodeMap';
import { DIRECT_MATCH_HEADER, socDirectMatchTitles, socStructureTitles } from './socTitles';
import { ADDITION_COLUMNS, ADDITIONS_FILE, titleAdditions } from './titleAdditions';
import { TitleCandidates } from './titleCandidates';
import {
	CENSUS_INDEX,
	ONET_ALTERNATES,
	ONET_OCCUPATIONS,
	ONET_REPORTED,
	SOC_DIRECT_MATCH,
	SOC_TITLES
} from './titleInputs';

type TitleRow = {
	title: string;
	normalised: string;
	soc_code: string;
	kind: string;
	source_id: string;
};
export const TITLE_COLUMNS = Object.keys(TitleSchema.shape) as (keyof TitleRow)[];

/** Where each input lives under <shared>. */
const FOLDERS = { soc: 'soc', onet30: 'onet/30.0', onet29: 'onet/29.3', census: 'census-index' };

export function importTitles(sharedDir: string, options: { outDir: string }): ImportReport {
	const report = new ReportBuilder('titles');
	// The structure and crosswalk are checked as the soc import checks them; their own report is not ours.
	const soc = readSocFolder(join(sharedDir, FOLDERS.soc), new ReportBuilder('soc'));
	report.read(SOC_TITLES.file, soc.structure.length);
	report.note(
		`${SOC_TITLES.file}: ${soc.structure.filter((r) => r.level !== 'detailed').length} group rows (major, minor, broad) are not titles here; their titles are in soc.csv. The SOC 2010 crosswalk (${soc.changes.length} pairs) maps older codes.`
	);
	const into = new TitleCandidates(socCodeMap(soc.structure, soc.changes), report);
	const read = (
		folder: string,
		input: SharedInput,
		header: readonly string[],
		delimiter: ',' | '\t'
	) => {
		const records = strictRecords(readSharedInput(join(sharedDir, folder), input), input.file, {
			header,
			delimiter
		});
		report.read(input.file, records.length);
		return records;
	};

	socStructureTitles(soc.structure, SOC_TITLES.file, SOC_TITLES.source_id, into);
	socDirectMatchTitles(
		read(FOLDERS.soc, SOC_DIRECT_MATCH, DIRECT_MATCH_HEADER, ','),
		SOC_DIRECT_MATCH.file,
		SOC_DIRECT_MATCH.source_id,
		into
	);
	onetOccupationTitles(
		read(FOLDERS.onet30, ONET_OCCUPATIONS, OCCUPATION_HEADER, '\t'),
		ONET_OCCUPATIONS.file,
		ONET_OCCUPATIONS.source_id,
		into
	);
	onetAlternateTitles(
		read(FOLDERS.onet30, ONET_ALTERNATES, ALTERNATE_HEADER, '\t'),
		ONET_ALTERNATES.file,
		ONET_ALTERNATES.source_id,
		into,
		report
	);
	censusTitles(
		read(FOLDERS.census, CENSUS_INDEX, CENSUS_HEADER, ','),
		CENSUS_INDEX.file,
		CENSUS_INDEX.source_id,
		into,
		report
	);
	onetReportedTitles(
		read(FOLDERS.onet29, ONET_REPORTED, REPORTED_HEADER, ','),
		ONET_REPORTED.file,
		ONET_REPORTED.source_id,
		into
	);
	titleAdditions(readAdditions(options.outDir, report), into, report);
	into.summarise();

	const unique = dedupeTitles(into.list, report);
	report.note(
		`accounting: ${report.report.rowsRead} rows read -> ${into.list.length} titles (incl. short titles and long forms) -> ${unique.length} after deduplication`
	);
	const fresh = validateRows(
		unique.map(({ title, normalised, soc_code, kind, source_id }): TitleRow => ({
			title,
			normalised,
			soc_code,
			kind,
			source_id
		})),
		TitleSchema,
		'titles.csv',
		'normalised',
		report
	);
	const inputs = [
		SOC_TITLES,
		SOC_DIRECT_MATCH,
		ONET_OCCUPATIONS,
		ONET_ALTERNATES,
		ONET_REPORTED,
		CENSUS_INDEX
	];
	const sources = validateRows(
		inputs.map(inputSource),
		SourceSchema,
		'sources.csv',
		'source_id',
		report
	);
	report.kept(fresh.length);
	report.produce('titles.csv', fresh.length);
	report.report.occupations = new Set(fresh.map((r) => r.soc_code)).size;
	report.report.vintages = inputs.map((i) => i.vintage).filter((v, i, all) => all.indexOf(v) === i);
	const byKind = (k: TitleKind) => fresh.filter((r) => r.kind === k).length;
	report.note(
		`titles.csv rows by kind: ${(
			[
				'soc_title',
				'soc_direct_match',
				'onet_title',
				'onet_alternate',
				'census_index',
				'onet_reported',
				'editorial'
			] as const
		)
			.map((k) => `${k} ${byKind(k)}`)
			.join(', ')}`
	);

	const owned = (r: { source_id: string; kind?: string }) =>
		r.source_id.startsWith('titles:') || r.kind === 'editorial';
	writePlanned(
		options.outDir,
		[
			planOutput(
				options.outDir,
				'titles.csv',
				TITLE_COLUMNS,
				(r) => `${r.normalised}|${r.soc_code}`,
				owned,
				fresh
			),
			planOutput(options.outDir, 'sources.csv', SOURCE_COLUMNS, (r) => r.source_id, owned, sources)
		],
		report
	);
	return report.report;
}

function readAdditions(outDir: string, report: ReportBuilder): LocatedRecord[] {
	const path = join(outDir, ADDITIONS_FILE);
	if (!existsSync(path)) {
		report.note(`no ${ADDITIONS_FILE} in ${outDir}: no editorial titles`);
		return [];
	}
	const records = strictRecords(readTextFile(path), ADDITIONS_FILE, {
		header: ADDITION_COLUMNS,
		delimiter: ','
	});
	report.read(ADDITIONS_FILE, records.length);
	return records;
}
