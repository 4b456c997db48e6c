// O*NET titles: occupation titles, alternate titles (with their short titles and long forms)
// and the sample of reported titles. O*NET-SOC detail codes (.01, .02) name their SOC code.
import type { LocatedRecord } from '../soc/strictRecords';
import type { ReportBuilder } from '../report/ReportBuilder';
import { isAbbreviation } from './isAbbreviation';
import type { TitleCandidates } from './titleCandidates';

export const OCCUPATION_HEADER = ['O*NET-SOC Code', 'Title', 'Description'] as const;
export const ALTERNATE_HEADER = [
	'O*NET-SOC Code',
	'Alternate Title',
	'Short Title',
	'Source(s)'
] as const;
export const REPORTED_HEADER = [
	'O*NET-SOC Code',
	'Title',
	'Reported Job Title',
	'Shown in My Next Move'
] as const;

export function onetOccupationTitles(
	records: readonly LocatedRecord[],
	file: string,
	sourceId: string,
	into: TitleCandidates
): void {
	for (const { line, cells } of records)
		into.add(cells[1]!, cells[0]!, 'onet_title', sourceId, `${file}:${line}`);
}

export function onetReportedTitles(
	records: readonly LocatedRecord[],
	file: string,
	sourceId: string,
	into: TitleCandidates
): void {
	for (const { line, cells } of records)
		into.add(cells[2]!, cells[0]!, 'onet_reported', sourceId, `${file}:${line}`);
}

/**
 * Each alternate title as published, with its Short Title when that is an abbreviation. An
 * alternate that reads "Long (Short)" or "Short (Long)" around such a Short Title is written as
 * its two parts instead (e.g. "Medical Laboratory Technician (MLT)" becomes "Medical Laboratory
 * Technician" and "MLT"), since text names one or the other. "n/a" (text files) and blank
 * (Excel) mean no short title.
 */
export function onetAlternateTitles(
	records: readonly LocatedRecord[],
	file: string,
	sourceId: string,
	into: TitleCandidates,
	report: ReportBuilder
): void {
	let shorts = 0;
	let split = 0;
	for (const { line, cells } of records) {
		const at = `${file}:${line}`;
		const [code, alternate, rawShort] = cells as [string, string, string];
		const short = rawShort.trim() === 'n/a' ? '' : rawShort.trim();
		const parts = /^(.+?) \(([^()]+)\)$/.exec(alternate.trim());
		const long = !short
			? null
			: parts?.[1] === short
				? parts[2]!
				: parts?.[2] === short
					? parts[1]!
					: null;
		const abbreviation = short !== '' && isAbbreviation(short, long ?? alternate);
		if (short && !abbreviation)
			report.skip(
				'onet_alternate: short title is not an abbreviation of its long form',
				`${at} "${short}" for "${alternate}"`
			);
		const first = long !== null && abbreviation ? long : alternate;
		if (!into.add(first, code, 'onet_alternate', sourceId, at)) continue;
		if (first === long) split++;
		else if (long !== null) into.add(long, code, 'onet_alternate', sourceId, at);
		if (abbreviation && into.add(short, code, 'onet_alternate', sourceId, at)) shorts++;
	}
	report.note(
		`${file}: ${shorts} short titles kept as abbreviations; ${split} "Long (Short)" alternates written as their two parts`
	);
}
