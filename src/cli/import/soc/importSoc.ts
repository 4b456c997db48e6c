// `import soc <dir>`: the BLS SOC 2018 structure to data/soc.csv and the SOC 2010 -> 2018
// crosswalk to data/soc-changes.csv, plus their source rows (prefix soc:) in data/sources.csv.
import { SocSchema } from '../../../lib/core/schema/soc';
import { SocChangeSchema } from '../../../lib/core/schema/socChange';
import { SourceSchema } from '../../../lib/core/schema/source';
import { validateRows } from '../output/validateRows';
import { ReportBuilder, type ImportReport } from '../report/ReportBuilder';
import { SOURCE_COLUMNS } from '../rowTypes';
import { inputSource } from './inputSource';
import { planOutput, writePlanned } from './plannedOutput';
import { readSocFolder } from './readSocFolder';
import { SOC_CROSSWALK, SOC_STRUCTURE } from './socInputs';
import type { SocChangeRow } from './socChanges';
import type { SocRow } from './socStructure';

export const SOC_COLUMNS = Object.keys(SocSchema.shape) as (keyof SocRow)[];
export const SOC_CHANGE_COLUMNS = Object.keys(SocChangeSchema.shape) as (keyof SocChangeRow)[];
const owned = (r: { source_id: string }) => r.source_id.startsWith('soc:');

export function importSoc(dir: string, options: { outDir: string }): ImportReport {
	const report = new ReportBuilder('soc');
	const folder = readSocFolder(dir, report);
	const soc = validateRows(folder.structure, SocSchema, 'soc.csv', 'soc_code', report);
	const changes = validateRows(
		folder.changes,
		SocChangeSchema,
		'soc-changes.csv',
		'soc_2010_code',
		report
	);
	const sources = validateRows(
		[inputSource(SOC_STRUCTURE), inputSource(SOC_CROSSWALK)],
		SourceSchema,
		'sources.csv',
		'source_id',
		report
	);
	report.produce('soc.csv', soc.length);
	report.produce('soc-changes.csv', changes.length);
	summarise(soc, changes, report);

	const planned = [
		planOutput(options.outDir, 'soc.csv', SOC_COLUMNS, (r) => r.soc_code, owned, soc),
		planOutput(
			options.outDir,
			'soc-changes.csv',
			SOC_CHANGE_COLUMNS,
			(r) => `${r.soc_2010_code}|${r.soc_2018_code}`,
			owned,
			changes
		),
		planOutput(options.outDir, 'sources.csv', SOURCE_COLUMNS, (r) => r.source_id, owned, sources)
	];
	writePlanned(options.outDir, planned, report);
	return report.report;
}

/** Counts by level, and the broad groups whose members a digit-prefix rule would get wrong. */
function summarise(
	soc: readonly SocRow[],
	changes: readonly SocChangeRow[],
	report: ReportBuilder
) {
	const byLevel = (l: string) => soc.filter((r) => r.level === l).length;
	report.report.occupations = byLevel('detailed');
	report.report.vintages = [SOC_STRUCTURE.vintage, SOC_CROSSWALK.vintage];
	report.note(
		`levels: ${byLevel('major')} major, ${byLevel('minor')} minor, ${byLevel('broad')} broad, ${byLevel('detailed')} detailed`
	);
	const offPrefix = soc.filter(
		(r) => r.level === 'detailed' && r.soc_code.slice(0, 6) !== r.parent_code.slice(0, 6)
	);
	const groups = [...new Set(offPrefix.map((r) => r.parent_code))];
	report.note(
		`${offPrefix.length} detailed codes in ${groups.length} broad groups do not share their broad group's first five digits (e.g. ${offPrefix
			.slice(0, 3)
			.map((r) => `${r.soc_code} under ${r.parent_code}`)
			.join(', ')}): take membership from parent_code, never from digits`
	);
	const split = new Map<string, number>();
	for (const c of changes) split.set(c.soc_2010_code, (split.get(c.soc_2010_code) ?? 0) + 1);
	const merged = new Map<string, number>();
	for (const c of changes) merged.set(c.soc_2018_code, (merged.get(c.soc_2018_code) ?? 0) + 1);
	report.note(
		`crosswalk: ${changes.length} pairs, ${split.size} SOC 2010 codes (${[...split.values()].filter((n) => n > 1).length} split), ${merged.size} SOC 2018 codes (${[...merged.values()].filter((n) => n > 1).length} formed from several 2010 codes)`
	);
}
