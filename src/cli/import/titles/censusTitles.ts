// The Census Bureau's alphabetical index of occupations. A row with an industry restriction maps
// its title to the code only within those industries ("CNA\ activity ns" is 31-1131 in health care
// and 15-1244 elsewhere), so only unrestricted rows become titles; the rest are reported. The
// index's trailing "\ ns" (not specified) marker is dropped from a title.
import type { LocatedRecord } from '../soc/strictRecords';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { TitleCandidates } from './titleCandidates';

export const CENSUS_HEADER = [
	'2022 Occupation Title',
	'2022 Census Industry Code Restriction',
	'2018 Census Occupation Code',
	'2018 SOC Code'
] as const;

const NOT_SPECIFIED = /\\\s*ns\s*$/;

export function censusTitles(
	records: readonly LocatedRecord[],
	file: string,
	sourceId: string,
	into: TitleCandidates,
	report: ReportBuilder
): void {
	let markers = 0;
	for (const { line, cells } of records) {
		const at = `${file}:${line}`;
		const [rawTitle, restriction, , soc] = cells as [string, string, string, string];
		if (restriction.trim() !== '') {
			report.skip(
				'census_index: maps to its code only in some industries (industry restriction)',
				`${at} "${rawTitle}" [${restriction.trim()}] ${soc.trim()}`
			);
			continue;
		}
		const title = rawTitle.replace(NOT_SPECIFIED, '');
		if (title !== rawTitle) markers++;
		into.add(title, soc, 'census_index', sourceId, at);
	}
	report.note(`${file}: ${markers} trailing "\\ ns" (not specified) markers dropped from titles`);
}
