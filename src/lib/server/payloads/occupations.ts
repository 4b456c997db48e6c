// The payload of /occupations: one row per line item of the newest EP vintage.
import type { OccupationRow, OccupationSummary } from '$lib/pages/types';
import { compareVintages, isEp, isOews } from '$lib/core/vintage';
import { majorGroupOf } from '$lib/core/soc';
import type { LedgerIndex } from '../ledgerIndex';

export type OccupationsView = {
	epVintage: string;
	wageVintage: string;
	rows: OccupationRow[];
	groups: { code: string; title: string }[];
};

function newest(index: LedgerIndex, test: (v: string) => boolean): string {
	let best = '';
	for (const f of index.ledger.figures)
		if (test(f.vintage) && (best === '' || compareVintages(f.vintage, best) > 0)) best = f.vintage;
	return best;
}

export function buildOccupationsView(index: LedgerIndex): OccupationsView {
	const epVintage = newest(index, isEp);
	const wageVintage = newest(index, isOews);
	const rows = new Map<string, OccupationRow>();
	const eduOf = new Map(index.ledger.occupations.map((o) => [o.soc_code, o.typical_education]));
	const row = (soc: string): OccupationRow => {
		let r = rows.get(soc);
		if (!r) {
			r = {
				soc,
				title: index.titleOf.get(soc) ?? soc,
				group: majorGroupOf(soc),
				growth: null,
				openings: null,
				wage: null,
				wageFlag: 'not_available',
				education: eduOf.get(soc) ?? ''
			};
			rows.set(soc, r);
		}
		return r;
	};
	// Line items of the newest vintage are the rows; wages are joined on, never add rows.
	for (const f of index.ledger.figures) {
		if (
			f.vintage !== epVintage ||
			f.geography !== 'US' ||
			!/^\d\d-\d{4}$/.test(f.soc_code) ||
			f.soc_code.endsWith('-0000')
		)
			continue;
		if (f.measure === 'employment_change_pct') row(f.soc_code).growth = f.value;
		else if (f.measure === 'annual_openings') row(f.soc_code).openings = f.value;
		else if (f.measure === 'employment') row(f.soc_code);
	}
	for (const f of index.ledger.figures) {
		if (f.vintage !== wageVintage || f.measure !== 'median_annual_wage' || f.geography !== 'US')
			continue;
		const r = rows.get(f.soc_code);
		if (r) {
			r.wage = f.value;
			r.wageFlag = f.value_flag;
		}
	}
	for (const r of rows.values()) if (r.wage !== null) r.wageFlag = '';
	const sorted = [...rows.values()].sort((a, b) => (a.soc < b.soc ? -1 : 1));
	const groups = [...new Set(sorted.map((r) => r.group))]
		.sort()
		.map((code) => ({ code, title: index.titleOf.get(code) ?? code }));
	return { epVintage, wageVintage, rows: sorted, groups };
}

/** Title and code of every occupation page, for search suggestions. */
export function occupationSummaries(index: LedgerIndex): OccupationSummary[] {
	return index.ledger.occupations
		.map((o) => ({ soc: o.soc_code, title: o.title }))
		.sort((a, b) => (a.soc < b.soc ? -1 : 1));
}
