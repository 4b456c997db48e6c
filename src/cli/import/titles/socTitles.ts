// SOC 2018 titles: the detailed occupation titles of the structure and the BLS direct-match titles.
import type { SocRow } from '../soc/socStructure';
import type { LocatedRecord } from '../soc/strictRecords';
import type { TitleCandidates } from './titleCandidates';

export const DIRECT_MATCH_HEADER = [
	'2018 SOC Code',
	'2018 SOC Title',
	'2018 SOC Direct Match Title',
	'Illustrative Example'
] as const;

export function socStructureTitles(
	structure: readonly SocRow[],
	file: string,
	sourceId: string,
	into: TitleCandidates
): void {
	for (const r of structure)
		if (r.level === 'detailed')
			into.add(r.title, r.soc_code, 'soc_title', sourceId, `${file} ${r.soc_code}`);
}

export function socDirectMatchTitles(
	records: readonly LocatedRecord[],
	file: string,
	sourceId: string,
	into: TitleCandidates
): void {
	for (const { line, cells } of records)
		into.add(cells[2]!, cells[0]!, 'soc_direct_match', sourceId, `${file}:${line}`);
}
