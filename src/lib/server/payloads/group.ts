// The payload of /groups/[code]: the group's own (published or computed) figures, with their derivation,
// and its member line items in the newest EP vintage so totals can be seen in context.
import { GROUP_MEMBERS } from '$lib/config';
import type { Figure } from '$lib/core/schema/figure';
import type { ClaimListItem, Provenance } from '$lib/pages/types';
import { compareVintages } from '$lib/core/vintage';
import { isMajorGroup } from '$lib/core/soc';
import type { LedgerIndex } from '../ledgerIndex';
import { buildOccupationsView } from './occupations';
import { byClaimId, claimListItem, provenanceOf } from './slim';
import { layoutChart, type ChartOf } from '$lib/charts/registry';

export type GroupMember = {
	soc: string;
	title: string;
	openings: number | null;
	growth: number | null;
};

export type GroupView = {
	code: string;
	title: string;
	/** The major groups (two-digit prefixes) this group adds up; empty for 00-0000. */
	prefixes: string[];
	figures: Figure[];
	members: GroupMember[];
	memberVintage: string;
	memberOpeningsTotal: number | null;
	checks: ClaimListItem[];
	provenance: Provenance;
	/** The charts laid out for the default view; null when the group has nothing for a chart. */
	charts: {
		openingsByVintage: ChartOf<'openingsByVintage'> | null;
		growthByVintage: ChartOf<'growthByVintage'> | null;
		trackRecord: ChartOf<'trackRecord'> | null;
	};
};

export function groupCodes(index: LedgerIndex): string[] {
	const codes = new Set<string>(Object.keys(GROUP_MEMBERS));
	for (const soc of index.bySoc.keys()) if (isMajorGroup(soc)) codes.add(soc);
	return [...codes].sort();
}

export function buildGroupView(index: LedgerIndex, code: string): GroupView | null {
	if (!groupCodes(index).includes(code)) return null;
	const prefixes = GROUP_MEMBERS[code] ?? (code === '00-0000' ? [] : [code.slice(0, 2)]);
	const figures = (index.bySoc.get(code) ?? [])
		.filter((f) => f.geography === 'US')
		.sort((a, b) =>
			a.measure < b.measure
				? -1
				: a.measure > b.measure
					? 1
					: compareVintages(a.vintage, b.vintage) || (a.id < b.id ? -1 : 1)
		);
	const table = buildOccupationsView(index);
	const members = table.rows
		.filter((r) => prefixes.includes(r.soc.slice(0, 2)))
		.map((r) => ({ soc: r.soc, title: r.title, openings: r.openings, growth: r.growth }))
		.sort((a, b) => (b.openings ?? -1) - (a.openings ?? -1) || (a.soc < b.soc ? -1 : 1));
	const total =
		members.length > 0 && members.every((m) => m.openings !== null)
			? members.reduce((s, m) => s + m.openings!, 0)
			: null;
	const checks = (index.checksBySoc.get(code) ?? []).map(claimListItem).sort(byClaimId);
	const provenance = provenanceOf(index, figures, checks);
	const input = { figures, sources: provenance.sources, socCode: code, claims: checks };
	const has = (...measures: string[]) => figures.some((f) => measures.includes(f.measure));
	const charts: GroupView['charts'] = {
		openingsByVintage: has('annual_openings', 'openings_decade')
			? layoutChart('openingsByVintage', input)
			: null,
		growthByVintage: has('employment_change_pct') ? layoutChart('growthByVintage', input) : null,
		trackRecord: has('employment') ? layoutChart('trackRecord', input) : null
	};
	return {
		code,
		title:
			code === 'HC'
				? (index.titleOf.get(code) ?? 'Healthcare occupations')
				: (index.titleOf.get(code) ?? code),
		prefixes,
		figures,
		members,
		memberVintage: table.epVintage,
		memberOpeningsTotal: total,
		checks,
		provenance,
		charts
	};
}
