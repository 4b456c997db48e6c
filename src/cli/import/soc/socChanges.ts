// The BLS SOC 2010 -> 2018 crosswalk (CSV conversion of "Sorted by 2010") to soc-changes.csv rows,
// many-to-many as published. The (#)/(##) footnote markers on split or merged codes are dropped
// from the titles: the rows themselves show the split or merge.
import type { ReportBuilder } from '../report/ReportBuilder';
import type { LocatedRecord } from './strictRecords';

export const CROSSWALK_2010_HEADER = [
	'2010 SOC Code',
	'2010 SOC Title',
	'2018 SOC Code',
	'2018 SOC Title'
] as const;

export type SocChangeRow = {
	soc_2010_code: string;
	soc_2010_title: string;
	soc_2018_code: string;
	soc_2018_title: string;
	source_id: string;
};

const MARKER = /\s*\(#{1,2}\)\s*$/;

export function socChanges(
	records: readonly LocatedRecord[],
	file: string,
	sourceId: string,
	detailed2018: ReadonlyMap<string, string>,
	report: ReportBuilder
): SocChangeRow[] {
	report.read(file, records.length);
	const seen = new Set<string>();
	const rows: SocChangeRow[] = [];
	let markers = 0;
	const respelled: string[] = [];
	for (const { line, cells } of records) {
		const at = `${file}:${line}`;
		const [c10, t10, c18, t18] = cells.map((c) => c.trim()) as [string, string, string, string];
		for (const c of [c10, c18])
			if (!/^\d\d-\d{4}$/.test(c)) throw new Error(`${at}: "${c}" is not a SOC code`);
		if (!detailed2018.has(c18)) {
			report.skip('2018 code is not a detailed code of the SOC 2018 structure', `${at} ${c18}`);
			continue;
		}
		const key = `${c10}|${c18}`;
		if (seen.has(key)) {
			report.skip('the same 2010-2018 pair listed twice', `${at} ${key}`);
			continue;
		}
		seen.add(key);
		if (MARKER.test(t10) || MARKER.test(t18)) markers++;
		const title18 = t18.replace(MARKER, '');
		if (title18 !== detailed2018.get(c18)) respelled.push(`${at} "${title18}"`);
		rows.push({
			soc_2010_code: c10,
			soc_2010_title: t10.replace(MARKER, ''),
			soc_2018_code: c18,
			soc_2018_title: title18,
			source_id: sourceId
		});
	}
	report.kept(rows.length);
	if (respelled.length > 0)
		report.note(
			`${respelled.length} crosswalk 2018 titles are spelled differently from the structure's (e.g. ${respelled.slice(0, 2).join('; ')}); kept as the crosswalk prints them`
		);
	report.note(
		`${markers} crosswalk rows carried a (#) or (##) split/merge marker in a title; markers dropped`
	);
	return rows;
}
