// Collects candidate titles from every list: maps each code to a detailed SOC 2018 code, trims
// the title, and reports (file:line, reason) every row that cannot become a title.
import { titleNormal } from '../../../lib/core/schema/titleNormal';
import type { TitleKind } from '../../../lib/core/schema/title';
import type { ReportBuilder } from '../report/ReportBuilder';
import type { SocCodeMap } from './socCodeMap';

export type Candidate = {
	title: string;
	normalised: string;
	soc_code: string;
	kind: TitleKind;
	source_id: string;
	/** file:line it came from, for the report. */
	at: string;
};

export class TitleCandidates {
	readonly list: Candidate[] = [];
	private trimmed = 0;
	private via2010 = 0;

	constructor(
		private readonly map: SocCodeMap,
		private readonly report: ReportBuilder
	) {}

	/** Add one title; returns false (and reports why) when the row yields no title. */
	add(rawTitle: string, rawCode: string, kind: TitleKind, sourceId: string, at: string): boolean {
		const title = rawTitle.trim();
		if (title !== rawTitle) this.trimmed++;
		const mapped = this.map(rawCode);
		if ('skip' in mapped) {
			this.report.skip(
				`${kind}: ${mapped.skip}`,
				`${at} ${rawCode.trim() || '(empty)'} "${title}"`
			);
			return false;
		}
		const normalised = titleNormal(title);
		if (normalised === '') {
			this.report.skip(`${kind}: title has no letters or digits`, `${at} "${rawTitle}"`);
			return false;
		}
		if (mapped.via2010) this.via2010++;
		this.list.push({ title, normalised, soc_code: mapped.code, kind, source_id: sourceId, at });
		return true;
	}

	summarise(): void {
		if (this.trimmed > 0)
			this.report.note(
				`${this.trimmed} titles had leading or trailing spaces (incl. no-break spaces); trimmed`
			);
		this.report.note(`${this.via2010} titles mapped from a SOC 2010 code through the crosswalk`);
	}
}
