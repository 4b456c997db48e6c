// The BLS 2018 SOC structure (CSV conversion of the "2018 Structure" sheet) to soc.csv rows.
// Each row fills exactly one of the four code columns; its parent is the nearest row above it
// one level up, which is how the sheet nests codes (29-1221 sits under 29-1210, not "29-122x").
import type { SocLevel } from '../../../lib/core/schema/soc';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { LocatedRecord } from './strictRecords';

export const STRUCTURE_HEADER = [
	'Major Group',
	'Minor Group',
	'Broad Group',
	'Detailed Occupation',
	'Title'
] as const;
const LEVELS: readonly SocLevel[] = ['major', 'minor', 'broad', 'detailed'];

export type SocRow = {
	soc_code: string;
	level: string;
	title: string;
	parent_code: string;
	source_id: string;
};

export function socStructure(
	records: readonly LocatedRecord[],
	file: string,
	sourceId: string,
	report: ReportBuilder
): SocRow[] {
	report.read(file, records.length);
	const open: (string | undefined)[] = [];
	const seen = new Set<string>();
	const rows: SocRow[] = [];
	for (const { line, cells } of records) {
		const at = `${file}:${line}`;
		const filled = cells.slice(0, 4).flatMap((c, i) => (c.trim() ? [i] : []));
		if (filled.length !== 1)
			throw new Error(`${at}: ${filled.length} code columns filled, expected exactly one`);
		const depth = filled[0]!;
		const code = cells[depth]!.trim();
		const title = cells[4]!.trim();
		if (!/^\d\d-\d{4}$/.test(code)) throw new Error(`${at}: "${code}" is not a SOC code`);
		if (!title) throw new Error(`${at}: ${code} has no title`);
		if (seen.has(code)) throw new Error(`${at}: ${code} is listed twice`);
		const parent = depth === 0 ? '' : open[depth - 1];
		if (parent === undefined)
			throw new Error(`${at}: ${code} (${LEVELS[depth]}) has no ${LEVELS[depth - 1]} above it`);
		// A sanity check, not a rule for parents: SOC never nests a code under another major group.
		if (parent && parent.slice(0, 2) !== code.slice(0, 2))
			throw new Error(`${at}: ${code} is listed under ${parent}, another major group`);
		open[depth] = code;
		open.length = depth + 1;
		seen.add(code);
		rows.push({
			soc_code: code,
			level: LEVELS[depth]!,
			title,
			parent_code: parent,
			source_id: sourceId
		});
	}
	report.kept(rows.length);
	return rows;
}
