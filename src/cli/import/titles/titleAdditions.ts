// data/title-additions.csv: abbreviations no official list has. Each row must expand to an
// official title of the same code (its source is cited); a row an official list already
// holds is reported, so the file stays limited to what is truly missing.
import { TitleAdditionSchema } from '../../../lib/core/schema/titleAddition';
import { titleNormal } from '../../../lib/core/schema/titleNormal';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { LocatedRecord } from '../soc/strictRecords';
import { TITLE_KINDS } from '../../../lib/core/schema/title';
import type { Candidate, TitleCandidates } from './titleCandidates';

export const ADDITIONS_FILE = 'title-additions.csv';
export const ADDITION_COLUMNS = Object.keys(TitleAdditionSchema.shape);

export function titleAdditions(
	records: readonly LocatedRecord[],
	into: TitleCandidates,
	report: ReportBuilder
): void {
	const official = new Map<string, Candidate>();
	for (const c of into.list) {
		const key = `${c.normalised}|${c.soc_code}`;
		const held = official.get(key);
		if (!held || TITLE_KINDS.indexOf(c.kind) < TITLE_KINDS.indexOf(held.kind)) official.set(key, c);
	}
	for (const { line, cells } of records) {
		const at = `${ADDITIONS_FILE}:${line}`;
		const parsed = TitleAdditionSchema.safeParse(
			Object.fromEntries(ADDITION_COLUMNS.map((c, i) => [c, cells[i]]))
		);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			throw new Error(`${at}: column ${String(issue.path[0])}: ${issue.message}`);
		}
		const a = parsed.data;
		const expanded = official.get(`${titleNormal(a.expands)}|${a.soc_code}`);
		if (!expanded)
			throw new Error(
				`${at}: "${a.expands}" is not an official title of ${a.soc_code}, so "${a.title}" cannot expand it`
			);
		const held = official.get(`${titleNormal(a.title)}|${a.soc_code}`);
		if (held) {
			report.skip(
				'editorial: an official list already has this title for this code',
				`${at} "${a.title}" (${held.kind}, ${held.at})`
			);
			continue;
		}
		into.add(a.title, a.soc_code, 'editorial', expanded.source_id, at);
	}
}
