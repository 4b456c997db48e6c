// The NCES CIP-SOC sheet (as CSV records) to crosswalk rows: header checked, no-match
// placeholders dropped, duplicate pairs dropped, every skip reported.
import type { ReportBuilder } from '../report/ReportBuilder';

export const CROSSWALK_HEADER = [
	'CIP2020Code',
	'CIP2020Title',
	'SOC2018Code',
	'SOC2018Title'
] as const;
export const NO_MATCH_SOC = '99-9999';
export const NO_MATCH_CIP = '99.9999';

export type CrosswalkRow = {
	cip_code: string;
	cip_title: string;
	soc_code: string;
	soc_title: string;
	source_id: string;
};

export function crosswalkRows(
	records: string[][],
	file: string,
	sourceId: string,
	report: ReportBuilder
): CrosswalkRow[] {
	const [header, ...data] = records;
	if (!header || header.map((h) => h.trim()).join(',') !== CROSSWALK_HEADER.join(','))
		throw new Error(
			`${file}: header is "${header?.join(',') ?? ''}", expected "${CROSSWALK_HEADER.join(',')}" (the CIP-SOC sheet)`
		);
	report.read(file, data.length);
	const seen = new Set<string>();
	const rows: CrosswalkRow[] = [];
	data.forEach((record, i) => {
		const line = `line ${i + 2}`;
		if (record.length !== 4) return report.skip(`${record.length} cells instead of 4`, line);
		const [cip, cipTitle, soc, socTitle] = record.map((c) => c.trim()) as [
			string,
			string,
			string,
			string
		];
		if (soc === NO_MATCH_SOC)
			return report.skip(
				'program with no matching occupation (SOC 99-9999 "NO MATCH")',
				`${cip} ${cipTitle}`
			);
		if (cip === NO_MATCH_CIP)
			return report.skip(
				'occupation with no matching program (CIP 99.9999 "NO MATCH")',
				`${soc} ${socTitle}`
			);
		if (!/^\d\d\.\d{4}$/.test(cip))
			return report.skip('CIP code is not NN.NNNN', `${line}: ${cip}`);
		if (!/^\d\d-\d{4}$/.test(soc)) return report.skip('SOC code is not NN-NNNN', `${line}: ${soc}`);
		const key = `${cip}|${soc}`;
		if (seen.has(key)) return report.skip('the same CIP-SOC pair listed twice', key);
		seen.add(key);
		rows.push({
			cip_code: cip,
			cip_title: cipTitle,
			soc_code: soc,
			soc_title: socTitle,
			source_id: sourceId
		});
	});
	report.kept(rows.length);
	return rows;
}
